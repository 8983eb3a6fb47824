"""The router: every enabled plugin scores the message, and the best agent answers.

Misspelt words are repaired first (`host.typos`, against the enabled plugins' keyword
vocabularies), so "workuot" scores as "workout"; the repaired text is what the agents read.

0. mention: a message addressed to an agent by name ("@helios ...", "Ceres, ...", "ask Helios
   ...") goes to that agent, which reads it without the addressing words; so does one whose
   transport names the agent (`Inbound.agent`, e.g. the `/v1` model `agenthost-ceres`).
1. keywords: each plugin's `classify` scores its own agents; the best score at or above
   `router.threshold` wins, when it leads the runner-up by at least `router.margin`.
2. llm: for a low or close call, the model (if configured, `llm.classify = true`) picks among
   the agents from their descriptions; any failure keeps the keyword decision.
3. memory: a follow-up (`host.follow_ups`: "and why?", "how long?", "a few of those into a
   finisher?", "how do I know if I'm drinking enough?" after an answer about drinking), or a
   message the previous agent claims weakly and nobody more, stays with the previous agent.
4. fallback: otherwise `router.fallback_agent` (default `general`).
"""

from __future__ import annotations

import logging
import re
from typing import TYPE_CHECKING

from attrs import evolve

from host import follow_ups
from host.config import RouterConfig
from host.plugins import PluginManager, call_each
from host.registry import Registry
from host.types import ClassifyContext, RoutingDecision, Score
from host.typos import TypoRepair, vocabulary_of

if TYPE_CHECKING:
    from host.llm import LLM

log = logging.getLogger(__name__)

# Below this best score no agent has any claim on a message: it can only be read through the
# conversation (see `host.follow_ups`).
NO_CLAIM = 0.15
# A message opening with a short question on the last answer ("and aftr? i wnt to gain muscle"
# after breakfast ideas, "what about before? im doing legs"): the opening says whose it is, the
# rest only qualifies it, so a word for another agent later on does not take it away.
LEAD_FOLLOW_UP = re.compile(r"^\s*(?:and|but|so|what about|how about|and what about|and for|what about for)\s+([^?.!,]{1,25})\?(?=\s*\S)", re.IGNORECASE)
LEAD_MAX_WORDS = 3
# Answers looked back over for the specialist a conversation is with, past a fallback answer.
FALLBACK_LOOK_BACK = 3
# A fallback answer that passes the user on quotes the message to send the agent: '"@helios ..."'.
POINTED_TO = re.compile(r"[\"“]@(\w+)\b")
CANT_ANSWER = re.compile(r"\b(?:can'?t|cannot|couldn'?t) (?:answer|help with) th(?:at|is)\b", re.IGNORECASE)
# "make it easier please, I only have 5 minutes", "make them vegan": "it" is the last answer.
MAKE_IT = re.compile(
    r"^\s*(?:(?:ok(?:ay)?|pls|please|can you|could you|now|then)[\s,]+)*make (?:it|that|this|them|those|these)\s+(?:a (?:bit|little|lot)\s+|much\s+)?[a-z]+er\b",
    re.IGNORECASE,
)


class NoAgentError(Exception):
    """No agent plugin is enabled, so nothing can answer."""


class Router:
    """Turns a message into a `RoutingDecision`."""

    def __init__(self, pm: PluginManager, registry: Registry, config: RouterConfig, llm: LLM | None = None) -> None:
        self.pm = pm
        self.registry = registry
        self.config = config
        self.llm = llm
        self._typo_repair: tuple[tuple[object, ...], TypoRepair] | None = None
        self._addressing: tuple[tuple[tuple[str, str], ...], list[tuple[str, re.Pattern[str]]]] | None = None

    def typo_repair(self) -> TypoRepair:
        """Typo repair for the vocabularies of the plugins whose `classify` runs now (built
        again when a plugin is registered or taken out)."""
        functions = tuple(impl.function for impl in self.pm.hook.classify.get_hookimpls())
        if self._typo_repair is None or self._typo_repair[0] != functions:
            self._typo_repair = (functions, TypoRepair(vocabulary_of(functions)))
        return self._typo_repair[1]

    async def scores(self, message: str, context: ClassifyContext) -> tuple[dict[str, float], dict[str, str]]:
        """Every enabled agent's score (0.0 when its plugin abstains) and the reasons given."""
        scores = {name: 0.0 for name in self.registry.agents}
        reasons: dict[str, str] = {}
        for plugin, result in await call_each(self.pm, "classify", message=message, context=context):
            for score in _as_scores(result):
                agent = self.registry.agents.get(score.agent)
                if agent is None or agent.plugin != plugin:
                    continue  # a plugin scores only the agents it owns
                value = max(0.0, min(1.0, float(score.score)))
                if value >= scores[score.agent]:
                    scores[score.agent] = value
                    if score.reason:
                        reasons[score.agent] = score.reason
        return scores, reasons

    async def route(self, message: str, context: ClassifyContext, agent: str | None = None) -> RoutingDecision:
        """Decide who answers `message`. `agent` is an agent the transport was told to use
        (`Inbound.agent`): it answers as if addressed by name."""
        if not self.registry.agents:
            raise NoAgentError("no agent plugin is enabled")
        addressed, rest = self.addressed_agent(message)
        if agent in self.registry.agents and addressed != agent:
            addressed, rest = agent, message
        elif agent is not None and agent not in self.registry.agents:
            log.warning("a transport asked for agent %r, which is not enabled; routing the message", agent)
        text = self.typo_repair()(rest if addressed else message).text
        scores, reasons = await self.scores(text, context)
        if addressed is not None:
            return RoutingDecision(addressed, 1.0, "mention", scores, reasons, message=text)
        read = text if text != message else None  # the agent reads the repaired text
        if await self._leads_with_a_follow_up(text, context):
            last = context.last_agent
            return RoutingDecision(last, scores[last], "memory", scores, reasons, message=read)  # type: ignore[index]
        ranked = sorted(scores.items(), key=lambda item: item[1], reverse=True)
        best, best_score = ranked[0]
        runner_up = ranked[1][1] if len(ranked) > 1 else 0.0
        confident = best_score >= self.config.threshold
        clear = best_score - runner_up >= self.config.margin

        decision = RoutingDecision(best, best_score, "keywords", scores, reasons, message=read)
        if not (confident and clear) and self.llm is not None and self.llm.config.classify:
            chosen = await self._ask_llm(text, context, decision)
            if chosen is not None:
                return chosen if read is None or chosen.message is not None else evolve(chosen, message=read)
        if confident:
            return decision
        last = self._conversation_agent(context)
        if last in self.registry.agents and (
            0 < scores[last] >= best_score
            or follow_ups.leans_on(text, claimed=best_score >= NO_CLAIM, last_answer=follow_ups.last_answer(context.history, last))
        ):
            # A weak claim by the agent already in the conversation that nobody outbids, or a
            # follow-up to its answer: it stays there rather than going to the fallback.
            return RoutingDecision(last, scores[last], "memory", scores, reasons, message=read)
        fallback = self.config.fallback_agent if self.config.fallback_agent in self.registry.agents else best
        return RoutingDecision(fallback, scores[fallback], "fallback", scores, reasons, message=read)

    def _conversation_agent(self, context: ClassifyContext) -> str | None:
        """The agent the conversation is with: the last to answer, or, when that was the fallback
        agent answering only because nobody claimed the message ("I can't answer that one",
        "that's one for Helios"), the specialist that answered just before it."""
        last = context.last_agent
        if last != self.config.fallback_agent:
            return last
        answers = [record for record in context.history if record.get("role") == "assistant"][-FALLBACK_LOOK_BACK:]
        if not answers or answers[-1].get("agent") != last or (answers[-1].get("routing") or {}).get("method") != "fallback":
            return last
        said = str(answers[-1].get("text") or "")
        pointed = POINTED_TO.search(said)
        if pointed and pointed.group(1).lower() in self.registry.agents:
            return pointed.group(1).lower()  # the fallback's answer passed the user on: '"@helios ..."'
        if not CANT_ANSWER.search(said):
            return last  # the fallback agent answered it itself ("tell me more" on its own topic)
        for record in reversed(answers[:-1]):
            agent = record.get("agent")
            if agent in self.registry.agents and agent != last:
                return agent
        return last

    async def _leads_with_a_follow_up(self, text: str, context: ClassifyContext) -> bool:
        """Whether `text` opens with a short question on the last specialist's answer that no
        other agent claims ("and after? ...")."""
        last = context.last_agent
        if last not in self.registry.agents or last == self.config.fallback_agent:
            return False
        if MAKE_IT.match(text):
            return True
        lead = LEAD_FOLLOW_UP.match(text)
        if lead is None or len(lead.group(1).split()) > LEAD_MAX_WORDS:
            return False
        lead_scores, _ = await self.scores(lead.group(0), context)
        return all(score < NO_CLAIM for agent, score in lead_scores.items() if agent != last)

    def addressed_agent(self, message: str) -> tuple[str | None, str]:
        """The agent a message is addressed to by its id or display name ("@helios ...",
        "Ceres, ...", "ask General ..."), and the message without those words, which is what
        the agent (and the model) then reads. `(None, message)` when it names no agent."""
        for name, pattern in self._address_patterns():
            match = pattern.match(message)
            if match:
                rest = message[match.end():].strip()
                return name, rest or message.strip()
        return None, message

    def _address_patterns(self) -> list[tuple[str, re.Pattern[str]]]:
        """Each agent's addressing pattern, compiled once for the agents registered now (built
        again when they change): building and looking up the pattern text per agent cost every
        message a few microseconds."""
        agents = tuple((agent.name, agent.display_name) for agent in self.registry.agents.values())
        if self._addressing is None or self._addressing[0] != agents:
            self._addressing = (agents, [(name, _address_pattern(name, display_name)) for name, display_name in agents])
        return self._addressing[1]

    async def _ask_llm(self, message: str, context: ClassifyContext, decision: RoutingDecision) -> RoutingDecision | None:
        from host.llm import LLMError

        assert self.llm is not None
        try:
            chosen = await self.llm.choose_agent(message, list(self.registry.agents.values()), context, decision)
        except LLMError as exc:
            log.warning("LLM routing failed (%s); keeping the keyword decision", exc.reason)
            return None
        except Exception:
            log.exception("LLM routing raised; keeping the keyword decision")
            return None
        if chosen is None or chosen.agent not in self.registry.agents:
            return None
        return chosen


def _address_pattern(name: str, display_name: str) -> re.Pattern[str]:
    """What addresses the agent `name` (shown as `display_name`) at the start of a message."""
    names = "|".join(re.escape(n) for n in {name, display_name})
    return re.compile(
        rf"^\s*(?:@(?:{names})\b[\s,:]*|(?:hey\s+|hi\s+)?(?:{names})\s*[,:]\s*|(?:please\s+)?ask\s+(?:{names})\b[\s,:]*)",
        re.IGNORECASE,
    )


def _as_scores(result: object) -> list[Score]:
    if result is None:
        return []
    if isinstance(result, Score):
        return [result]
    if isinstance(result, (list, tuple)):
        return [item for item in result if isinstance(item, Score)]
    return []
