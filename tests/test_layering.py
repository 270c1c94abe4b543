"""The layer rules of DESIGN.md are enforced by import-linter; prove the check can fail."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")


def lint_imports(tree: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(LINT_IMPORTS), "--no-cache", str(tree / "pyproject.toml")],
        cwd=tree,
        env={"PYTHONPATH": str(tree), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """A copy of the three packages and the real contracts, to plant bad imports in."""
    for package in ("webcare", "channels", "ui"):
        shutil.copytree(
            ROOT / package, tmp_path / package, ignore=shutil.ignore_patterns("__pycache__")
        )
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    return tmp_path


def test_the_real_tree_keeps_the_layer_rules(tree: Path) -> None:
    result = lint_imports(tree)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize(
    ("package", "statement"),
    [
        ("webcare", "import PySide6.QtWidgets"),
        ("webcare", "from ui import app"),
        ("webcare", "import channels"),
        ("webcare", "import tweepy"),
        ("webcare", "import facebook"),
        ("channels", "from PySide6 import QtCore"),
        ("channels", "import ui.mainwindow"),
        ("channels", "from webcare.storage import models"),
        ("channels", "import sqlalchemy"),
        ("ui", "import sqlalchemy"),
        ("ui", "from sqlalchemy.orm import Session"),
        ("ui", "from webcare.storage.models import Conversation"),
        ("ui", "from webcare.storage import db"),
        ("ui", "import channels.sandbox"),
        ("ui", "import tweepy"),
        ("ui", "import facebook"),
        ("ui", "import requests"),
    ],
)
def test_a_planted_bad_import_fails_the_check(tree: Path, package: str, statement: str) -> None:
    (tree / package / "planted.py").write_text(f"{statement}\n")
    result = lint_imports(tree)
    assert result.returncode != 0
    assert f"{package}.planted" in result.stdout
    assert "BROKEN" in result.stdout
