"""host.eager.within: a coroutine that never waits gets no timer; one that waits is awaited
under the same deadline, and what the task sends or throws in reaches it."""

from __future__ import annotations

import asyncio

import pytest

from host.eager import within


async def test_a_coroutine_that_never_waits_returns_without_a_timer_or_on_wait() -> None:
    waited: list[bool] = []

    async def ready() -> str:
        return "done"

    loop = asyncio.get_running_loop()
    assert await within(ready(), loop.time() - 1, lambda: waited.append(True)) == "done"  # a past deadline is never looked at
    assert waited == []


async def test_an_exception_before_any_wait_is_raised_as_is() -> None:
    async def broken() -> None:
        raise TimeoutError("the agent's own")

    with pytest.raises(TimeoutError, match="the agent's own"):
        await within(broken(), asyncio.get_running_loop().time() + 10)


async def test_a_coroutine_that_waits_calls_on_wait_and_gets_its_results() -> None:
    waited: list[bool] = []
    future: asyncio.Future[int] = asyncio.get_running_loop().create_future()

    async def slow() -> int:
        await asyncio.sleep(0)
        return await future + 1

    task = asyncio.ensure_future(within(slow(), asyncio.get_running_loop().time() + 10, lambda: waited.append(True)))
    await asyncio.sleep(0.01)
    future.set_result(41)
    assert await task == 42
    assert waited == [True]


async def test_the_deadline_cancels_a_waiting_coroutine_which_sees_the_cancellation() -> None:
    seen: list[str] = []

    async def hangs() -> None:
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            seen.append("cancelled")
            raise

    loop = asyncio.get_running_loop()
    started = loop.time()
    with pytest.raises(TimeoutError):
        await within(hangs(), started + 0.05)
    assert seen == ["cancelled"]
    assert 0.04 <= loop.time() - started < 1


async def test_a_deadline_already_past_when_it_first_waits_times_out_at_its_first_wait() -> None:
    async def waits() -> None:
        await asyncio.sleep(10)

    with pytest.raises(TimeoutError):
        await within(waits(), asyncio.get_running_loop().time() - 1)


async def test_a_cancellation_from_outside_reaches_the_coroutine_which_may_finish() -> None:
    release: asyncio.Future[None] = asyncio.get_running_loop().create_future()

    async def finishes_anyway() -> str:
        try:
            await release
        except asyncio.CancelledError:
            return "cleaned up"
        return "released"

    task = asyncio.ensure_future(within(finishes_anyway(), asyncio.get_running_loop().time() + 10))
    await asyncio.sleep(0.01)
    task.cancel()
    assert await task == "cleaned up"
