"""Wrong passwords slow a guesser down: a growing delay per session and per client address."""

from __future__ import annotations

from pathlib import Path

from streamlit.testing.v1 import AppTest

from dashboard.auth import Throttle

APP = Path(__file__).resolve().parent.parent / "dashboard" / "app.py"


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def attempts_in(seconds: float, throttle: Throttle, clock: Clock, keys: list[str]) -> int:
    """How many wrong passwords a guesser gets to try in ``seconds``, trying as soon as allowed."""
    end, tries = clock.now + seconds, 0
    while True:
        clock.now += throttle.wait(keys)
        if clock.now > end:
            return tries
        throttle.failed(keys)
        tries += 1


def test_fifteen_wrong_passwords_take_hours_not_seconds():
    clock = Clock()
    throttle = Throttle(clock=clock)
    assert attempts_in(12, throttle, clock, ["session:a"]) <= 5
    assert attempts_in(3600, throttle, clock, ["session:a"]) < 15


def test_a_new_session_from_the_same_client_does_not_reset_the_delay():
    clock = Clock()
    throttle = Throttle(clock=clock)
    for _ in range(5):
        throttle.failed(["session:a", "client:10.0.0.9"])
    assert throttle.wait(["session:b", "client:10.0.0.9"]) >= 8
    assert throttle.wait(["session:c", "client:10.0.0.7"]) == 0
    throttle.succeeded(["session:a", "client:10.0.0.9"])
    assert throttle.wait(["session:b", "client:10.0.0.9"]) == 0


def test_the_login_form_refuses_attempts_during_the_delay(monkeypatch):
    monkeypatch.setenv("GOVKG_DASHBOARD_PASSWORD", "s3cret-pass")
    monkeypatch.setenv("NEO4J_URI", "bolt://127.0.0.1:1")
    at = AppTest.from_file(str(APP), default_timeout=60).run()
    for _ in range(2):
        at.text_input(key="login_password").input("wrong")
        at.button(key="login_submit").click().run()
    assert any("密码错误" in str(e.value) for e in at.error)
    at.text_input(key="login_password").input("s3cret-pass")
    at.button(key="login_submit").click().run()
    assert any("秒后再试" in str(e.value) for e in at.error)
    assert [str(t.value) for t in at.title] == ["请登录"]
