"""A real SMTP server (aiosmtpd) on loopback for the mail tests; the ``smtp`` fixture in tests/conftest.py
starts one per test. The handler records what it accepts and can be told to refuse or drop a message."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from aiosmtpd.controller import Controller


class SmtpHandler:
    """``mode``: "accept" (recorded in ``received``), "refuse" (554) or "drop" (connection closed mid-DATA)."""

    def __init__(self) -> None:
        self.received: list[tuple[list[str], bytes]] = []
        self.mode = "accept"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        if self.mode == "refuse":
            return "554 5.7.1 Message rejected as spam"
        if self.mode == "drop":
            server.transport.close()
            return "250 OK"
        self.received.append((list(envelope.rcpt_tos), envelope.content))
        return "250 OK"


@contextmanager
def running_smtp() -> Iterator[tuple[SmtpHandler, int]]:
    handler = SmtpHandler()
    with socket.socket() as probe:  # a free port (aiosmtpd's start-up check cannot use port 0)
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield handler, port
    finally:
        controller.stop()
