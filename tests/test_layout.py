"""Row heights of wrapped text (selfeval_xl.layout): how many lines a text takes in a column,
worked by hand, and the short-text shortcut proved against the full count."""
import math
import random

from selfeval_xl.layout import LINE_HEIGHT, lines, row_height
from selfeval_xl.review import display_width


def test_lines_worked_by_hand():
    # a column of 10 characters holds 10 × 1.1 − 1 = 10 columns of 10-point text
    assert lines("abcdefghij", 10) == 1                 # 10 columns
    assert lines("abcdefghijk", 10) == 2                # 11 columns
    assert lines("一二三四五", 10) == 1                  # 5 wide characters = 10 columns
    assert lines("一二三四五六", 10) == 2                # 12 columns
    assert lines("一二三\n四", 10) == 2                  # a line break starts a line
    assert lines("", 10) == 1 and lines(None, 10) == 1


def test_numbers_count_their_digits():
    # 5 digits in a column of 3: 3 × 1.1 − 1 = 2.3 columns a line, ⌈5 / 2.3⌉ = 3 lines
    assert lines(12345, 3) == 3


def test_equal_numbers_of_other_types_are_counted_as_written():
    # lines is memoised: 1, 1.0 and True are equal keys to a plain cache, but are written "1",
    # "1.0" and "True".  In a column of 0.5 characters each line holds max(1, 0.55 − 1) = 1 column:
    # 1, 3 and 4 lines
    assert [lines(1, 0.5), lines(1.0, 0.5), lines(True, 0.5)] == [1, 3, 4]
    assert [lines(True, 0.5), lines(1.0, 0.5), lines(1, 0.5)] == [4, 3, 1]


def test_row_height_is_lines_times_line_height_plus_three():
    # 12 columns in 10: 2 lines → 2 × 13.5 + 3 = 30
    assert row_height([("一二三四五六", 10), ("a", 5)]) == round(2 * LINE_HEIGHT + 3, 1) == 30.0
    assert row_height([("短", 10)]) is None


def _full_count(text: str, width: float) -> int:
    usable = max(1.0, width * 1.1 - 1)
    return max(1, sum(max(1, math.ceil(display_width(part) / usable)) for part in text.split("\n")))


def test_the_short_text_shortcut_counts_as_the_full_count():
    rng = random.Random(7)
    alphabet = "a1 ，。一中“”—①≥%\u3000\uff21é\u0301😀"
    for _ in range(5000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        width = rng.choice([1, 2, 3.5, 6, 9, 12, 14, 22, 34, 86])
        assert lines(text, width) == _full_count(text, width), (text, width)
