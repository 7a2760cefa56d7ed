# A small pytest suite that tests/py/pytest_test.py runs under pystm and python3.11:
# plain tests, parametrize, raises, fixtures (tmp_path too), a failure, a skip.
import pytest


def add(a, b):
    return a + b


def test_add():
    assert add(2, 3) == 5


@pytest.mark.parametrize("a,b,expected", [(1, 1, 2), (2, -2, 0), ("x", "y", "xy")])
def test_add_params(a, b, expected):
    assert add(a, b) == expected


def test_raises():
    with pytest.raises(ZeroDivisionError):
        1 / 0


@pytest.fixture
def numbers():
    return [3, 1, 2]


def test_fixture(numbers):
    assert sorted(numbers) == [1, 2, 3]


def test_failing():
    assert add(2, 2) == 5


@pytest.mark.skip(reason="not today")
def test_skipped():
    pass


class TestGroup:
    def test_method(self, tmp_path):
        p = tmp_path / "f.txt"
        p.write_text("hi")
        assert p.read_text() == "hi"
