"""The command line, in-process with click's CliRunner (as sqlite-utils does)."""
import hashlib
import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from selfeval_xl.cli import cli

README = Path(__file__).resolve().parent.parent / "README.md"


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args])


@pytest.mark.parametrize("command", sorted(cli.commands))
def test_every_command_has_help_and_is_documented(command):
    res = run(command, "--help")
    assert res.exit_code == 0 and res.output.strip()
    assert f"selfeval-xl {command}" in README.read_text(encoding="utf-8")


def test_process_prints_summary_and_leaves_input_alone(seed_copy):
    before = hashlib.sha256(seed_copy.read_bytes()).hexdigest()
    res = run("process", seed_copy)
    assert res.exit_code == 0, res.output
    assert "合计：99.54" in res.output and "等级：优" in res.output
    assert (seed_copy.parent / "金水区智慧城市管理中心-2021-评分.xlsx").exists()
    assert hashlib.sha256(seed_copy.read_bytes()).hexdigest() == before
    # no temporary file left behind
    assert sorted(p.name for p in seed_copy.parent.iterdir()) == sorted(
        [seed_copy.name, "金水区智慧城市管理中心-2021-评分.xlsx"])


def test_process_output_option(seed_copy, tmp_path):
    out = tmp_path / "sub.xlsx"
    res = run("process", seed_copy, "-o", out)
    assert res.exit_code == 0 and out.exists()


def test_process_refuses_to_overwrite_input(seed_copy):
    before = seed_copy.read_bytes()
    res = run("process", seed_copy, "-o", seed_copy)
    assert res.exit_code == 2
    assert "输出文件不能与输入文件相同" in res.output
    assert seed_copy.read_bytes() == before


def test_check_exit_code_and_json(seed_copy):
    res = run("check", seed_copy)
    assert res.exit_code == 0                      # warnings only, no 错误
    assert "rate-mismatch" in res.output and "整体绩效目标申报表!F24" in res.output
    res = run("check", seed_copy, "--json")
    data = json.loads(res.output)
    assert data["total"] == "99.54" and data["grade"] == "优"
    assert {"level", "code", "location", "message"} <= set(data["findings"][0])
    assert not list(seed_copy.parent.glob("*-评分.xlsx"))   # check writes nothing


def test_check_exits_1_with_errors(tmp_path):
    from helpers import make_workbook
    p = make_workbook(tmp_path / "a.xlsx", [("产出指标", "数量", "培训次数", "≥3", "次", None)])
    res = run("check", p)
    assert res.exit_code == 1 and "actual-missing" in res.output


def test_unusable_file_exit_2_no_traceback(tmp_path):
    p = tmp_path / "报表.xlsx"
    p.write_text("a,b\n1,2\n", encoding="utf-8")
    res = run("process", p)
    assert res.exit_code == 2
    assert "报表.xlsx" in res.output and "Traceback" not in res.output
    assert not list(tmp_path.glob("*-评分.xlsx"))


def test_template_command_writes_and_refuses_overwrite(tmp_path):
    p = tmp_path / "模板.xlsx"
    assert run("template", p).exit_code == 0 and p.exists()
    res = run("template", p)
    assert res.exit_code == 2 and "--force" in res.output
    assert run("template", p, "--force").exit_code == 0


def test_unknown_scheme_is_a_clean_error(seed_copy):
    res = run("check", seed_copy, "--scheme", "no-such-scheme")
    assert res.exit_code == 2 and "department-overall" in res.output


def test_python_dash_m_works(seed_copy):
    import subprocess, sys
    res = subprocess.run([sys.executable, "-m", "selfeval_xl", "--version"], capture_output=True, text=True)
    assert res.returncode == 0 and re.match(r"selfeval-xl \d", res.stdout)


def test_process_says_when_it_replaces_an_existing_scored_file(seed_copy):
    out = seed_copy.with_name(seed_copy.stem + "-评分.xlsx")
    first = run("process", seed_copy)
    assert first.exit_code == 0 and f"已写出：{out}" in first.output
    second = run("process", seed_copy)
    assert second.exit_code == 0 and f"已覆盖原有的：{out}" in second.output


def test_check_json_on_an_unusable_file_is_a_json_object_with_the_refusal(tmp_path):
    bad = tmp_path / "损坏.xlsx"
    bad.write_text("这不是工作簿", encoding="utf-8")
    res = CliRunner().invoke(cli, ["check", str(bad), "--json"])
    assert res.exit_code == 2
    data = json.loads(res.stdout)
    assert data["file"] == str(bad) and data["error"]["code"] == "not-xlsx"
    assert "损坏.xlsx" in data["error"]["message"] and "Traceback" not in res.output


@pytest.mark.parametrize("args, words", [
    (["process"], "缺少参数 INPUT.xlsx"),
    (["processs", "x.xlsx"], "没有命令“processs”（是不是要用 process？）"),
    (["check", "--bogus", "x.xlsx"], "没有选项“--bogus”"),
    (["check", "a.xlsx", "b.xlsx"], "多余的参数：b.xlsx"),
    (["template", "--kind", "foo"], "'--kind' 的值“foo”无效"),
])
def test_usage_errors_are_one_chinese_sentence_with_exit_2(args, words):
    res = CliRunner().invoke(cli, args)
    assert res.exit_code == 2
    assert res.stdout == "" and words in res.stderr and "--help" in res.stderr
    assert "Error" not in res.stderr and "Usage" not in res.stderr
