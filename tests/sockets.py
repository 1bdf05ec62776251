"""Counting a client's open sockets, to prove that connections were really closed."""

from __future__ import annotations

import psutil


def open_sockets_to(port: int) -> int:
    """This process's TCP sockets connected to ``port`` on 127.0.0.1 (the clients' ends)."""
    return sum(
        1
        for connection in psutil.Process().net_connections(kind="tcp")
        if connection.raddr
        and connection.raddr.port == port
        and connection.status != psutil.CONN_TIME_WAIT
    )


def port_of(url: str) -> int:
    return int(url.rsplit(":", 1)[1].split("/", 1)[0])
