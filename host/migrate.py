"""`agenthost storage migrate --from files --to redis` (and back): every user's data, copied
with the stores' own operations, so the files routes show the same names afterwards.

For each user (`Storage.user_ids()`), each of their files:
- a log (`history.jsonl`, `meals.jsonl`, ...): every record, tombstones included, in order.
  When the destination already holds the start of the source's log (an earlier run, cut
  short), only the rest is appended; when it holds all of it, nothing is.
- `conversations.md`: the same, by text.
- a document (`profile.json`, `workouts.json`, ...): copied when the destination has none;
  left alone when it is the same.
Anything else is a conflict, reported with the user and the file and not written: a log at
the destination that is not the start of the source's (hosts wrote there since), or a
different document (unless `--overwrite`). So a run is idempotent: a second run changes
nothing, and a run cut short is completed by the next, never duplicated.

Files that no store holds (`profile.json.corrupt`, set aside for a human) are listed as
skipped. Lines of a log that are not JSON (a line torn by a crash) are left out and counted.
"""

from __future__ import annotations

import json
import re
import sys
import time
from collections.abc import Callable
from typing import Any, TextIO

from attrs import Factory, define

from host.storage import CONVERSATIONS, InvalidName, Storage, UserStore, check_file_name

APPEND_BATCH = 500  # records per append (one Redis round trip, one write to a file)
CONVERSATION_CHUNK = 64 * 1024  # conversations.md is appended in pieces of about this many characters
_TURN_START = re.compile(r"^## ", re.M)


@define
class Summary:
    """What a migration did, for its report."""

    users: int = 0
    users_changed: int = 0
    records_appended: int = 0
    logs_extended: int = 0
    documents_written: int = 0
    conversations_extended: int = 0
    lines_left_out: int = 0
    skipped: list[str] = Factory(list)
    warnings: list[str] = Factory(list)
    errors: list[str] = Factory(list)

    def lines(self, source: str, target: str, dry_run: bool) -> list[str]:
        verb = "would copy" if dry_run else "copied"
        out = [
            f"{source} -> {target}: {self.users} user(s), {self.users_changed} with something to copy, "
            f"{self.users - self.users_changed} already up to date",
            f"  {verb} {self.records_appended} record(s) into {self.logs_extended} log(s), "
            f"{self.documents_written} document(s), {self.conversations_extended} conversations.md",
        ]
        if self.lines_left_out:
            out.append(f"  left out {self.lines_left_out} line(s) that were not JSON (see the warnings)")
        out += [f"  skipped {item}" for item in self.skipped]
        out += [f"  warning: {item}" for item in self.warnings]
        out += [f"  error: {item}" for item in self.errors]
        return out


class Progress:
    """Users done / total on stderr: a bar redrawn in place on a terminal, else a line every
    tenth of the way (and at the end)."""

    def __init__(self, total: int, stream: TextIO | None = None, width: int = 30) -> None:
        self.total = total
        self.stream = stream or sys.stderr
        self.width = width
        self.tty = self.stream.isatty()
        self._last_tenth = -1
        self._started = time.monotonic()

    def update(self, done: int, user: str = "") -> None:
        if self.total == 0:
            return
        if self.tty:
            filled = round(self.width * done / self.total)
            bar = "#" * filled + "-" * (self.width - filled)
            self.stream.write(f"\r[{bar}] {done}/{self.total} users {user[:30]:<30}")
            if done == self.total:
                self.stream.write("\n")
        else:
            tenth = done * 10 // self.total
            if tenth == self._last_tenth and done != self.total:
                return
            self._last_tenth = tenth
            self.stream.write(f"{done}/{self.total} users ({time.monotonic() - self._started:.1f} s)\n")
        self.stream.flush()


async def migrate(
    source: Storage,
    target: Storage,
    users: list[str] | None = None,
    *,
    overwrite: bool = False,
    dry_run: bool = False,
    progress: Callable[[int, str], None] | None = None,
) -> Summary:
    """Copy `users` (default: every user of `source`) from `source` to `target`. A log longer
    than the target's `max_entries` (Redis trims its streams) is copied with a warning."""
    summary = Summary()
    if users is None:
        users = [user async for user in source.user_ids()]
    summary.users = len(users)
    for done, user_id in enumerate(users, start=1):
        copier = _UserCopy(user_id, summary, overwrite, dry_run, getattr(target, "max_entries", None))
        try:
            store = await source.existing_user(user_id)
            if store is None:
                summary.errors.append(f"user {user_id}: has no data at the source")
            else:
                await copier.run(store, target.user(user_id))
        except Exception as exc:  # the destination went away, say: this user, then the next
            summary.errors.append(f"user {user_id}: {_describe(exc)}")
        if copier.changed:
            summary.users_changed += 1
        if progress is not None:
            progress(done, user_id)
    return summary


class _UserCopy:
    def __init__(self, user_id: str, summary: Summary, overwrite: bool, dry_run: bool, max_entries: int | None) -> None:
        self.user_id = user_id
        self.summary = summary
        self.overwrite = overwrite
        self.dry_run = dry_run
        self.max_entries = max_entries
        self.changed = False

    async def run(self, source: UserStore, target: UserStore) -> None:
        for info in await source.list_files():
            name = info.name
            try:
                check_file_name(name)
            except InvalidName:
                self.summary.skipped.append(f"user {self.user_id}, {name}: not a file the stores hold")
                continue
            try:
                if name.endswith(".jsonl"):
                    await self._log(source, target, name)
                elif name.endswith(".json"):
                    await self._document(source, target, name)
                elif name == CONVERSATIONS:
                    await self._conversations(source, target)
                else:
                    self.summary.skipped.append(f"user {self.user_id}, {name}: not a file the stores hold")
            except Exception as exc:
                self.summary.errors.append(f"user {self.user_id}, {name}: {_describe(exc)}")

    async def _log(self, source: UserStore, target: UserStore, name: str) -> None:
        records = self._records(name, await source.read_file(name), "the source")
        existing = self._records(name, await target.read_file(name), "the destination")
        if existing != records[: len(existing)]:
            self.summary.errors.append(
                f"user {self.user_id}, {name}: the destination's {len(existing)} record(s) are not the start of the "
                f"source's {len(records)}; not copied (hosts have written there since?)"
            )
            return
        missing = records[len(existing) :]
        if not missing:
            return
        if self.max_entries is not None and len(records) > self.max_entries:
            self.summary.warnings.append(
                f"user {self.user_id}, {name}: {len(records)} records, more than the destination keeps "
                f"([storage] max_entries = {self.max_entries}); the oldest will be trimmed there"
            )
        self.changed = True
        self.summary.logs_extended += 1
        self.summary.records_appended += len(missing)
        if self.dry_run:
            return
        for start in range(0, len(missing), APPEND_BATCH):
            await target.append_records(name, missing[start : start + APPEND_BATCH])

    def _records(self, name: str, raw: bytes | None, where: str) -> list[Any]:
        records = []
        for number, line in enumerate((raw or b"").decode("utf-8", "replace").splitlines(), start=1):
            if not line.strip():
                continue
            try:
                records.append(json.loads(line))
            except json.JSONDecodeError:
                self.summary.lines_left_out += 1
                self.summary.warnings.append(f"user {self.user_id}, {name}: line {number} at {where} is not JSON; left out")
        return records

    async def _document(self, source: UserStore, target: UserStore, name: str) -> None:
        raw = await source.read_file(name)
        if raw is None:
            return
        try:
            data = json.loads(raw)
        except json.JSONDecodeError as exc:
            self.summary.errors.append(f"user {self.user_id}, {name}: not valid JSON at the source ({exc}); not copied")
            return
        existing = await target.read_file(name)
        if existing is not None:
            try:
                same = json.loads(existing) == data
            except json.JSONDecodeError:
                same = False
            if same:
                return
            if not self.overwrite:
                self.summary.errors.append(
                    f"user {self.user_id}, {name}: the destination has a different {name}; not overwritten "
                    "(--overwrite replaces it with the source's)"
                )
                return
        self.changed = True
        self.summary.documents_written += 1
        if not self.dry_run:
            await target.write_json(name, data)

    async def _conversations(self, source: UserStore, target: UserStore) -> None:
        text = ((await source.read_file(CONVERSATIONS)) or b"").decode("utf-8", "replace")
        existing = ((await target.read_file(CONVERSATIONS)) or b"").decode("utf-8", "replace")
        if not text.startswith(existing):
            self.summary.errors.append(
                f"user {self.user_id}, {CONVERSATIONS}: the destination's is not the start of the source's; not copied"
            )
            return
        rest = text[len(existing) :]
        if not rest:
            return
        self.changed = True
        self.summary.conversations_extended += 1
        if self.dry_run:
            return
        for piece in _turn_pieces(rest, CONVERSATION_CHUNK):
            await target.append_conversation(piece)


def _turn_pieces(text: str, size: int) -> list[str]:
    """`text` cut at the start of a turn (`## ...`) into pieces of about `size` characters."""
    starts = [m.start() for m in _TURN_START.finditer(text) if m.start() > 0] + [len(text)]
    pieces, begin = [], 0
    for start in starts:
        if start - begin >= size or start == len(text):
            pieces.append(text[begin:start])
            begin = start
    return [piece for piece in pieces if piece]


def _describe(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
