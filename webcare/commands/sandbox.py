"""`webcare sandbox`: the loopback platform emulator, loaded through the `webcare.sandbox`
entry point (the core never imports `channels`)."""

from __future__ import annotations

import argparse
import ipaddress
import math

from webcare.cli import CommandGroup, load_entry_point
from webcare.config import Settings
from webcare.errors import WebcareError


def _loopback_host(value: str) -> str:
    """Only loopback: the sandbox accepts any token and must never be reachable from outside."""
    try:
        loopback = value == "localhost" or ipaddress.ip_address(value).is_loopback
    except ValueError:
        loopback = False
    if not loopback:
        raise argparse.ArgumentTypeError(
            f"the sandbox listens on loopback only (127.0.0.1, ::1, localhost), not {value!r}"
        )
    return value


def _port(value: str) -> int:
    try:
        port = int(value)
    except ValueError:
        port = -1
    if not 0 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"not a port number (0-65535): {value!r}")
    return port


def _rate(value: str) -> float:
    try:
        rate = float(value)
    except ValueError:
        rate = -1.0
    if not math.isfinite(rate) or rate < 0:
        raise argparse.ArgumentTypeError(f"not a rate of 0 or more per minute: {value!r}")
    return rate


def register(commands: CommandGroup) -> None:
    sandbox = commands.add(
        "sandbox",
        "serve the loopback X and Graph API (Facebook, Instagram) emulator for tests and the demo",
        run_sandbox,
    )
    sandbox.add_argument(
        "--host", type=_loopback_host, default="127.0.0.1", help="loopback address to listen on"
    )
    sandbox.add_argument(
        "--port", type=_port, default=0, metavar="N", help="port (default 0: a free port)"
    )
    sandbox.add_argument(
        "--seed", type=int, default=1, metavar="N", help="seed of the simulated residents"
    )
    sandbox.add_argument(
        "--rate",
        type=_rate,
        default=0.0,
        metavar="PER_MINUTE",
        help="residents' messages per minute, on average (default 0: only on request)",
    )
    sandbox.set_defaults(uses_database=False)  # a platform emulator: no --db to check


def run_sandbox(args: argparse.Namespace, _settings: Settings) -> int:
    serve = load_entry_point("webcare.sandbox", "serve")
    try:
        return int(serve(args.host, args.port, args.seed, args.rate))
    except OSError as exc:
        raise WebcareError(
            f"cannot listen on {args.host}:{args.port}: {exc.strerror or exc}"
        ) from exc
