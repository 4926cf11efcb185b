"""Row heights of wrapped text (selfeval_xl.layout): how many lines a text takes in a column,
worked by hand, and the short-text shortcut proved against the full count."""
import math
import random
import subprocess
import unicodedata

import pytest

from selfeval_xl.layout import LINE_HEIGHT, cell_width, lines, row_height


def _plain_width(s: str) -> int:
    """宋体's columns by the plain rule: 2 for East Asian Wide, Fullwidth and Ambiguous, else 1."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WFA" else 1 for ch in s)


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
    return max(1, sum(max(1, math.ceil(_plain_width(part) / usable)) for part in text.split("\n")))


def test_curly_quotes_and_other_ambiguous_characters_count_double():
    """Regression (the quotes of every finding counted 1, so a row could be a line short): in a
    column of 40 characters a line holds 40 × 1.1 − 1 = 43 columns.  "“甲”" × 10 + "乙" is 20
    quotes and 11 characters: 20 × 2 + 11 × 2 = 62 columns, 2 lines (it was 20 + 22 = 42: 1 line)."""
    assert cell_width("“甲”" * 10 + "乙") == 62 and lines("“甲”" * 10 + "乙", 40) == 2
    # ≥ 2, "90%" 3, "，" 2, "实际" 4, "—" 2, "①" 2, "×" 2; ASCII 1 each
    assert cell_width("≥90%，实际—①×") == 17 and cell_width("abc 1") == 5


def test_cell_width_is_the_plain_rule_for_every_character():
    from selfeval_xl.layout import _CELL_WIDE_RUNS

    counted_in_c = "".join(_CELL_WIDE_RUNS.findall("".join(map(chr, range(0x10000)))))
    assert all(unicodedata.east_asian_width(ch) in "WFA" for ch in counted_in_c) and "“" in counted_in_c
    everything = "".join(map(chr, range(0x10000))) + "".join(map(chr, range(0x10000, 0x110000, 89)))
    for ch in everything:
        assert cell_width(ch) == _plain_width(ch), hex(ord(ch))
    rng = random.Random(11)
    pool = "a1 ，。一中“”‘’—…≥≤×①%\u3000\uff21é\u0301😀\n"
    for _ in range(2000):
        text = "".join(rng.choice(pool) for _ in range(rng.randint(0, 40)))
        assert cell_width(text) == _plain_width(text), text


@pytest.mark.slow
def test_libreoffice_prints_quotes_beside_chinese_full_width(tmp_path):
    """The quotes are wider than one column in print too: LibreOffice (its substitute for 宋体
    here prints them at about 1.3 columns; 宋体 itself full width) wraps "“甲”" × 10 + "乙" in a
    column of 40 characters onto a second line, as lines() says; counted as one column each, the
    text would be estimated at one line and its row cut."""
    import xlsxwriter

    from libreoffice import convert

    text = "“甲”" * 10 + "乙"
    wb = xlsxwriter.Workbook(str(tmp_path / "q.xlsx"))
    ws = wb.add_worksheet()
    ws.set_column(0, 0, 40)
    ws.set_row(0, row_height([(text, 40)]))
    ws.write_string(0, 0, text, wb.add_format({"font_name": "宋体", "font_size": 10, "text_wrap": True}))
    wb.close()
    pdf = convert([tmp_path / "q.xlsx"], tmp_path, "pdf")[0]
    printed = [ln.strip() for ln in subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                                                   check=True).stdout.splitlines() if ln.strip()]
    assert "".join(printed) == text and len(printed) == lines(text, 40) == 2, printed


def test_the_short_text_shortcut_counts_as_the_full_count():
    rng = random.Random(7)
    alphabet = "a1 ，。一中“”—①≥%\u3000\uff21é\u0301😀"
    for _ in range(5000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        width = rng.choice([1, 2, 3.5, 6, 9, 12, 14, 22, 34, 86])
        assert lines(text, width) == _full_count(text, width), (text, width)


def test_row_height_is_the_most_lines_of_its_cells():
    """row_height's shortcut (a short text without a line break is one line, not asked of lines)
    gives what the plain definition gives: the most lines() of the cells, for texts, numbers, None,
    line breaks and widths down to a fraction of a column."""
    rng = random.Random(7)
    alphabet = ["a", "1", " ", "一", "“", "\n", "≥", "%"]
    for _ in range(3000):
        cells = []
        for _ in range(rng.randint(0, 4)):
            kind = rng.random()
            if kind < 0.1:
                t = None
            elif kind < 0.2:
                t = rng.choice([7, 12345.5, True, 0])
            else:
                t = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
            cells.append((t, rng.choice([0.5, 1, 3, 5.5, 10, 22, 86])))
        n = max((lines(t, w) for t, w in cells), default=1)
        assert row_height(cells) == (None if n <= 1 else round(n * LINE_HEIGHT + 3, 1)), cells
