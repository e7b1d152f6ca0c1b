"""The linear-time check itself: it passes linear work and fails quadratic work."""

from __future__ import annotations

import pytest
from linearity import assert_linear


def _pairs(n: int) -> int:
    return sum(1 for i in range(n) for j in range(n) if i == j)


def _count(n: int) -> int:
    return sum(1 for _ in range(n * 200))


def test_quadratic_work_fails() -> None:
    with pytest.raises(AssertionError, match="not linear"):
        assert_linear(lambda: _pairs(300), lambda: _pairs(3000), 10)


def test_linear_work_passes() -> None:
    assert_linear(lambda: _count(300), lambda: _count(3000), 10)
