"""The reading worker keeps one connection from read to read, and closes it when it stops."""

from __future__ import annotations

import gc
import weakref
from typing import Any

from reseller_desktop.services.background import Background
from reseller_desktop.services.context import AppServices


def connection_of(services: AppServices) -> Any:
    """Who answers: PostgreSQL's server process, or SQLite's connection object."""
    db = services.customers.db
    if services.customers._dialect().sqlite:
        return id(db.connection())
    return db.execute_sql("SELECT pg_backend_pid()").fetchone()[0]


def test_a_kept_pool_reads_on_one_connection_and_closes_it_at_the_end(
    qtbot,  # type: ignore[no-untyped-def]
    services: AppServices,
) -> None:
    reader = Background(keep_connection=True)
    seen = {reader.call(lambda: connection_of(services), timeout_ms=5000) for _ in range(5)}
    assert len(seen) == 1, "one connection for every read (a new one costs ms on PostgreSQL)"
    (pid,) = seen
    reader.shutdown()
    assert reader.wait(5000)
    if not services.customers._dialect().sqlite:  # the server process has gone
        sql = "SELECT count(*) FROM pg_stat_activity WHERE pid = %s"
        qtbot.waitUntil(
            lambda: services.customers.db.execute_sql(sql, (pid,)).fetchone()[0] == 0,
            timeout=5000,
        )


def test_a_call_keeps_nothing_of_its_answer_once_returned(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Each page the list reads is an answer of ``call``: once returned, nothing may hold it
    (a cycle through the wait's timer kept every one: 860 MB after scrolling a million
    customers)."""

    class Answer:
        pass

    reader = Background(threads=1)
    answers = []
    for patience in (None, lambda: True):
        answer = reader.call(Answer, timeout_ms=5000, patience=patience)
        answers.append(weakref.ref(answer))
        del answer
    gc.collect()
    assert [ref() for ref in answers] == [None, None]
    reader.shutdown()


def test_a_job_answers_when_no_store_is_bound_yet(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Work that needs no database (a sign-in from Preferences) answers even before a store
    is bound: closing the job's connection afterwards has nothing to close."""
    from peewee import DatabaseProxy

    worker = Background(database=DatabaseProxy())
    assert worker.call(lambda: "signed in", timeout_ms=5000) == "signed in"
    worker.shutdown()
    assert worker.wait(5000)


def idle_work_ended(number: int, _ok: bool, _value: object) -> bool:
    """For ``waitSignal`` on a pool's relay: the answer of its idle work (job 0)."""
    return number == 0


def test_a_kept_pool_runs_its_idle_work_once_after_the_last_job(qtbot) -> None:  # type: ignore[no-untyped-def]
    """``when_idle`` runs on the pool's thread once jobs have stopped coming for its time: not
    between jobs that come sooner, and not again until another job has run."""
    from peewee import DatabaseProxy

    idle: list[int] = []
    reader = Background(
        database=DatabaseProxy(), keep_connection=True, when_idle=(150, lambda: idle.append(1))
    )

    with qtbot.waitSignal(reader._relay.finished, timeout=5000, check_params_cb=idle_work_ended):
        for _ in range(3):  # closer together than the idle time
            reader.call(lambda: None, timeout_ms=5000)
        assert idle == []
    assert idle == [1]
    assert reader._idle is not None and not reader._idle.isActive(), "no more until a job"
    with qtbot.waitSignal(reader._relay.finished, timeout=5000, check_params_cb=idle_work_ended):
        reader.run(lambda: None, lambda _v: None, lambda _e: None)
    assert idle == [1, 1]
    reader.shutdown()
    assert reader.wait(5000)
