"""Schemes are validated data: a user's scheme with a missing or misspelt key is refused with a
Chinese message naming the file and the key (exit 2), and `extends` starts from another scheme."""
from fractions import Fraction
from pathlib import Path

import pytest
from click.testing import CliRunner

from selfeval_xl.cli import cli
from selfeval_xl.reading import InputError
from selfeval_xl.rules import load_scheme

SEED = Path(__file__).resolve().parent.parent / "samples" / "金水区智慧城市管理中心-2021.xlsx"
SHIPPED = Path(__file__).resolve().parent.parent / "selfeval_xl" / "schemes" / "department-overall.toml"


def _user(tmp_path, text: str) -> Path:
    p = tmp_path / "我的方案.toml"
    p.write_text(text, encoding="utf-8")
    return p


def _without(section: str) -> str:
    """The shipped default with one [section] (and its keys) removed."""
    out, skip = [], False
    for line in SHIPPED.read_text(encoding="utf-8").splitlines():
        if line.startswith("["):
            skip = line.strip() == f"[{section}]"
        if not skip:
            out.append(line)
    return "\n".join(out)


@pytest.mark.parametrize("text, words", [
    (_without("qualitative"), ["缺少“qualitative”"]),
    (SHIPPED.read_text(encoding="utf-8") + "\n[limitz]\nx = 1\n", ["未知的设置“limitz”"]),
    (SHIPPED.read_text(encoding="utf-8").replace('achieved_share = "1"', 'achieved_share = "1.5"'),
     ["qualitative.achieved_share", "0 到 1"]),
    (SHIPPED.read_text(encoding="utf-8").replace('computed = "预算执行率"', 'computed = "执行率"'),
     ["computed", "预算执行率"]),
    ('extends = "department-overall"\n[limits]\nlimit_wordz = []\n', ["未知的设置“limit_wordz”"]),
    ("categories = [", ["不是有效的 TOML"]),
])
def test_a_bad_user_scheme_is_refused_naming_the_file_and_key(tmp_path, text, words):
    path = _user(tmp_path, text)
    with pytest.raises(InputError) as info:
        load_scheme(path)
    assert info.value.code == "scheme-invalid" and "我的方案.toml" in info.value.message
    for w in words:
        assert w in info.value.message
    res = CliRunner().invoke(cli, ["check", str(SEED), "--scheme", str(path)])
    assert res.exit_code == 2 and "Traceback" not in res.output and "内部错误" not in res.output


def test_extends_takes_the_parent_and_overrides_what_the_file_says(tmp_path):
    path = _user(tmp_path, 'extends = "department-overall"\ntitle = "试行"\n'
                           '[qualitative]\npartial_share = "0.6"\n')
    s = load_scheme(path)
    base = load_scheme("department-overall")
    assert s.name == "我的方案" and s.title == "试行"
    assert s.categories == base.categories and s.grades == base.grades
    assert s.qualitative["partial_share"] == "0.6"
    assert s.qualitative["achieved_words"] == base.qualitative["achieved_words"]


def test_extends_in_a_loop_is_refused(tmp_path):
    (tmp_path / "a.toml").write_text('extends = "b.toml"\n', encoding="utf-8")
    (tmp_path / "b.toml").write_text('extends = "a.toml"\n', encoding="utf-8")
    with pytest.raises(InputError) as info:
        load_scheme(tmp_path / "a.toml")
    assert "循环" in info.value.message


def test_shipped_schemes_share_the_default_word_lists():
    """strict and project extend department-overall instead of copying it."""
    base = load_scheme("department-overall")
    for name in ("department-overall-strict", "project"):
        s = load_scheme(name)
        assert s.qualitative == base.qualitative and s.limits == base.limits and s.grades == base.grades
    assert load_scheme("project").form_weights and not base.form_weights
    assert load_scheme("department-overall-strict").rules["deviation_deduction"]["points"] == 2


def _seed_with_typed_rate(tmp_path, typed: str) -> Path:
    """A workbook whose 预算执行率 row reports `typed` while the money gives 95 ÷ 100 = 95%."""
    from helpers import make_workbook

    return make_workbook(tmp_path / "率.xlsx", [
        ("投入管理指标", "预算执行", "预算执行率", "≥90%", "%", typed, None, None, "说明"),
        ("产出指标", "数量指标", "培训次数", "≥10", "次", "20", None, None, None)],
        budget={"年初预算数": 100, "全年预算数": 100, "全年执行数": 95})


def test_review_tolerances_come_from_the_scheme(tmp_path):
    """rate_tolerance: 96% typed against 95% computed is 1 point off — a 警告 under the default
    0.5, none under 2.  far_above_ratio: 20 of ≥10 is 200% — a 提示 under 1.3, none under 2.5."""
    import selfeval_xl

    wb = _seed_with_typed_rate(tmp_path, "96%")
    codes = {f.code for f in selfeval_xl.evaluate(wb, "department-overall").findings}
    assert {"rate-mismatch", "far-above-target"} <= codes
    loose = _user(tmp_path, 'extends = "department-overall"\n[review]\nrate_tolerance = "2"\n'
                            'far_above_ratio = "2.5"\n')
    result = selfeval_xl.evaluate(wb, str(loose))
    codes = {f.code for f in result.findings}
    assert "rate-mismatch" not in codes and "far-above-target" not in codes
    assert (result.scheme.rate_tolerance, result.scheme.far_above_ratio) == (2, Fraction(5, 2))
    # the message quotes the scheme's figures, not fixed ones
    strict = _user(tmp_path, 'extends = "department-overall"\n[review]\nrate_tolerance = "0.25"\n'
                             'far_above_ratio = "1.5"\n')
    msgs = [f.message for f in selfeval_xl.evaluate(wb, str(strict)).findings
            if f.code in ("rate-mismatch", "far-above-target")]
    assert any("相差超过 0.25 个百分点" in m for m in msgs) and any("的 150% 以上" in m for m in msgs)


@pytest.mark.parametrize("review, words", [
    ('rate_tolerance = "-1"', ["review.rate_tolerance", "负数"]),
    ('far_above_ratio = "0.9"', ["review.far_above_ratio", "大于 1"]),
    ('rate_tolerence = "1"', ["未知的设置“rate_tolerence”"]),
])
def test_review_section_is_validated(tmp_path, review, words):
    p = _user(tmp_path, f'extends = "department-overall"\n[review]\n{review}\n')
    with pytest.raises(InputError) as e:
        load_scheme(str(p))
    assert all(w in str(e.value) for w in words), str(e.value)


def test_a_shipped_scheme_is_parsed_once_but_each_caller_gets_its_own():
    # the parsed TOML is kept per process; what one caller does to its scheme (a library user
    # changing a weight or a rule) never reaches the next caller
    from selfeval_xl.scheme import load_scheme

    first = load_scheme("department-overall-strict")
    first.rules.clear()
    first.categories[0].first_levels.append("改过的一级指标")
    first.qualitative.clear()
    first.grades.clear()
    first.categories[0].weight = Fraction(0)
    second = load_scheme("department-overall-strict")
    assert second.rules and second.qualitative and second.grades
    assert "改过的一级指标" not in second.categories[0].first_levels
    assert second.categories[0].weight == Fraction(10)          # 预算执行: weight = 10 in department-overall.toml
    assert second == load_scheme("department-overall-strict") and second is not first


def test_a_users_scheme_is_read_again_on_every_load(tmp_path):
    """Only the shipped schemes are kept: an officer who edits a scheme file between two runs in one
    process (a library user) gets the edited file."""
    path = tmp_path / "本单位.toml"
    path.write_text('extends = "department-overall"\ntitle = "第一版"\n', encoding="utf-8")
    assert load_scheme(path).title == "第一版"
    path.write_text('extends = "department-overall"\ntitle = "第二版"\n', encoding="utf-8")
    assert load_scheme(path).title == "第二版"
