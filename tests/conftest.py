from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "samples" / "金水区智慧城市管理中心-2021.xlsx"


@pytest.fixture
def seed_copy(tmp_path):
    """A copy of the seed sample in a temporary folder (outputs land beside it)."""
    dst = tmp_path / SEED.name
    dst.write_bytes(SEED.read_bytes())
    return dst
