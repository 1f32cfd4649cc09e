"""The unit tier's collection skips only files whose every test is of a heavier tier
(``tests/conftest.py``: ``_file_tier``, read from the source without importing it)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import TIERS, _file_tier

pytestmark = pytest.mark.unit

HERE = Path(__file__).resolve().parent


def _file(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "test_example.py"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("tier", TIERS)
def test_a_module_mark_of_a_heavier_tier_is_read(tmp_path: Path, tier: str) -> None:
    text = f"import pytest\n\npytestmark = pytest.mark.{tier}\n\ndef test_x():\n    pass\n"
    assert _file_tier(_file(tmp_path, text)) == tier


@pytest.mark.parametrize(
    "text",
    [
        "import pytest\n\npytestmark = pytest.mark.unit\n",  # the unit tier itself
        "import pytest\n\n@pytest.mark.nlp\ndef test_x():\n    pass\n",  # one test, not the file
        '"""Doc.\n\npytestmark = pytest.mark.nlp\n"""\n\ndef test_x():\n    pass\n',  # a string
        "import pytest\n\npytestmark = [pytest.mark.nlp, pytest.mark.pg]\n",  # not one mark
    ],
)
def test_other_files_are_collected(tmp_path: Path, text: str) -> None:
    assert _file_tier(_file(tmp_path, text)) is None


def test_the_suites_own_files_are_read_as_they_mark_themselves() -> None:
    """A file the unit tier skips marks itself heavier; a file with unit tests is kept."""
    assert _file_tier(HERE / "test_events.py") == "nlp"  # runs the model throughout
    assert _file_tier(HERE / "test_ui_browser.py") == "browser"
    assert _file_tier(HERE / "test_resolve_store.py") is None  # pytestmark = unit
    assert _file_tier(Path(__file__)) is None
