"""The README's commands are true.

- "## Two commands for a fresh machine" holds exactly two ```bash blocks: one that sets up and scores a
  shipped sample, one that sets up and runs the tests; the latter is the line `.ci/run` runs.
- Every `selfeval-xl …` invocation the README shows — in its other ```bash blocks and in inline code
  — that can run offline against the shipped files is run here, in a fresh temporary copy of samples/
  and workbook_templates/ per example (so nothing is written into the repository, and /tmp/… in an
  example becomes a temporary folder), with click's CliRunner in place of .venv/bin/selfeval-xl, and
  must exit, print and write what the README says.  The setup steps (python3 -m venv, pip install)
  are never run here.  Invocations on placeholders (单位自评.xlsx, 文件夹, …) are recognised as such;
  test_every_invocation_is_run_or_a_placeholder makes sure a new example is not silently skipped.
"""
from __future__ import annotations

import functools
import re
import shlex
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from selfeval_xl.cli import cli

from helpers import quick_few

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
FRESH = "Two commands for a fresh machine"
CLI_NAMES = {"selfeval-xl", ".venv/bin/selfeval-xl"}
SUBCOMMANDS = {"template", "process", "check", "report", "batch"}
TEMPLATES = {"department": ROOT / "workbook_templates" / "部门整体绩效自评模板.xlsx",
             "project": ROOT / "workbook_templates" / "项目支出绩效自评模板.xlsx"}
DEFAULT_TEMPLATE_NAME = {"department": "绩效自评模板.xlsx", "project": "项目支出绩效自评模板.xlsx"}


# --------------------------------------------------------------------------------------------
# Reading the README
# --------------------------------------------------------------------------------------------

def readme_text() -> str:
    return README.read_text(encoding="utf-8")


def fenced_blocks(text: str) -> list[tuple[str, str, str]]:
    """(section heading, info string, body) of every fenced block, in order."""
    blocks, section, fence = [], "", None
    for line in text.splitlines():
        if fence is None:
            if line.startswith("```"):
                fence = (section, line[3:].strip(), [])
            elif re.match(r"#{1,6} ", line):
                section = line.lstrip("#").strip()
        elif line.startswith("```"):
            blocks.append((fence[0], fence[1], "\n".join(fence[2])))
            fence = None
        else:
            fence[2].append(line)
    assert fence is None, "README has an unclosed ``` block"
    return blocks


def prose(text: str) -> str:
    """The README without its fenced blocks, lines joined (a sentence may wrap anywhere)."""
    return re.sub(r"```.*?```", "", text, flags=re.S).replace("\n", "")


def inline_invocations(text: str) -> list[str]:
    """Inline code spans that invoke selfeval-xl (not those that only name it, as `selfeval-xl`)."""
    text = re.sub(r"```.*?```", "", text, flags=re.S)
    return [s for s in re.findall(r"`([^`\n]+)`", text) if len(s.split()) > 1 and s.split()[0] in CLI_NAMES]


def split_commands(line: str) -> list[tuple[str, list[str]]]:
    """A shell line as [(operator before it: "", "&&" or ";", argv)]."""
    lex = shlex.shlex(line, posix=True, punctuation_chars=True)
    lex.whitespace_split = True
    out, op, argv = [], "", []
    for tok in lex:
        if tok in ("&&", ";"):
            out.append((op, argv))
            op, argv = tok, []
        else:
            argv.append(tok)
    if argv:
        out.append((op, argv))
    return out


def bash_blocks(section_is_fresh: bool) -> list[str]:
    return [body for section, info, body in fenced_blocks(readme_text())
            if info == "bash" and (section == FRESH) == section_is_fresh]


def fresh_commands() -> list[str]:
    return bash_blocks(True)


def example_blocks() -> list[str]:
    return bash_blocks(False)


def the_example(*needles: str) -> str:
    """The one ```bash block (outside the fresh-machine section) that holds all the needles."""
    found = [b for b in example_blocks() if all(n in b for n in needles)]
    assert len(found) == 1, f"expected one README ```bash block with {needles}, found {len(found)}"
    return found[0]


# --------------------------------------------------------------------------------------------
# Running an example: a tiny shell for what the README's examples use
# --------------------------------------------------------------------------------------------

class Shell:
    """Runs README command lines in a fresh copy (cwd): selfeval-xl in-process with CliRunner,
    mkdir -p / cp / echo … > file natively, `echo "…$?"` as a no-op that only reports the exit status;
    /tmp/… becomes <tmp_root>/…; the fresh-machine setup (python3 -m venv, pip) is not run."""

    SETUP = {"python3", ".venv/bin/pip"}

    def __init__(self, root: Path):
        self.cwd = root / "repo"
        self.tmp = root / "tmp"
        self.cwd.mkdir()
        self.tmp.mkdir()
        for d in ("samples", "workbook_templates"):
            shutil.copytree(ROOT / d, self.cwd / d, ignore=shutil.ignore_patterns("__pycache__"))
        self.status = 0
        self.runs: list[tuple[list[str], object]] = []     # (argv, click Result) of each selfeval-xl run

    def path(self, arg: str) -> str:
        return str(self.tmp) + arg[len("/tmp"):] if arg == "/tmp" or arg.startswith("/tmp/") else arg

    def run(self, text: str, monkeypatch) -> "Shell":
        monkeypatch.chdir(self.cwd)
        for line in text.splitlines():
            for op, argv in split_commands(line):
                if op == "&&" and self.status != 0:
                    continue
                self._one(argv)
        return self

    def _one(self, argv: list[str]) -> None:
        name, args = argv[0], [self.path(a) for a in argv[1:]]
        if name in CLI_NAMES:
            res = CliRunner().invoke(cli, args)
            if res.exception is not None and not isinstance(res.exception, SystemExit):
                raise res.exception
            self.runs.append((argv, res))
            self.status = res.exit_code
        elif name in self.SETUP:
            self.status = 0
        elif name == "mkdir" and args[:1] == ["-p"]:
            for a in args[1:]:
                Path(a).mkdir(parents=True, exist_ok=True)
            self.status = 0
        elif name == "cp":
            *sources, dest = args
            for src in sources:
                matches = sorted(self.cwd.glob(src)) if "*" in src else [self.cwd / src]
                assert matches, f"cp {src}: no such file"
                for m in matches:
                    shutil.copy(m, dest)
            self.status = 0
        elif name == "echo":
            if ">" in args:
                i = args.index(">")
                Path(args[i + 1]).write_text(" ".join(args[:i]) + "\n", encoding="utf-8")
            self.status = 0 if "$?" not in " ".join(args) else self.status
        else:
            pytest.fail(f"a README example runs “{name}”, which test_readme.Shell does not know; teach it",
                        pytrace=False)

    def only_run(self):
        assert len(self.runs) == 1, [r[0] for r in self.runs]
        return self.runs[0][1]


# --------------------------------------------------------------------------------------------
# The two commands for a fresh machine
# --------------------------------------------------------------------------------------------

def test_two_fresh_machine_commands():
    cmds = fresh_commands()
    assert len(cmds) == 2, f"“## {FRESH}” should hold exactly two ```bash blocks, has {len(cmds)}"
    assert all("\n" not in c for c in cmds), "each fresh-machine command is one line"
    process, tests = (split_commands(c) for c in cmds)

    # 1. set up, then score a shipped sample
    assert [argv for _, argv in process[:2]] == [["python3", "-m", "venv", ".venv"],
                                                 [".venv/bin/pip", "install", "-q", "-e", "."]]
    assert all(op == "&&" for op, _ in process[1:])
    (_, run), = process[2:]
    assert run[:2] == [".venv/bin/selfeval-xl", "process"], run
    sample = ROOT / run[2]
    assert run[2].startswith("samples/") and sample.is_file(), f"{run[2]} is not a shipped sample"

    # 2. set up with the test extra, then run the tests: what .ci/run runs, verbatim
    assert [argv for _, argv in tests] == [["python3", "-m", "venv", ".venv"],
                                           [".venv/bin/pip", "install", "-q", "-e", ".[test]"],
                                           [".venv/bin/pytest", "-q", "-n", "auto"]]
    # -n needs pytest-xdist, which the test extra must then install
    assert "pytest-xdist" in (ROOT / "setup.cfg").read_text(encoding="utf-8")
    assert all(op == "&&" for op, _ in tests[1:])
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    m = re.search(r'cmd=\$\(grep -m1 -E "([^"]+)" README\.md\)', ci)
    assert m, ".ci/run no longer takes its test command from README.md"
    assert 'bash -c "$cmd"' in ci, ".ci/run no longer runs the README's test command"
    chosen = next((line for line in readme_text().splitlines() if re.search(m.group(1), line)), None)
    assert chosen == cmds[1], f".ci/run runs {chosen!r}, the README's test command is {cmds[1]!r}"

    # the Windows variant scores the same sample
    windows = [body for section, info, body in fenced_blocks(readme_text()) if section == FRESH and info != "bash"]
    for body in windows:
        for line in body.splitlines():
            if "selfeval-xl process" in line:
                path = shlex.split(line.replace("\\", "/"))[2]
                assert (ROOT / path) == sample, line


def test_fresh_machine_process_writes_the_scored_workbook(tmp_path, monkeypatch):
    sh = Shell(tmp_path).run(fresh_commands()[0], monkeypatch)
    res = sh.only_run()
    assert res.exit_code == 0, res.output
    out = split_commands(fresh_commands()[0])[-1][1][-1]          # -o 金水区-评分.xlsx
    assert (sh.cwd / out).is_file()
    assert "合计：99.54　等级：优" in res.stdout                     # the seed's total, as README says


# --------------------------------------------------------------------------------------------
# The other examples
# --------------------------------------------------------------------------------------------

def test_langfang_example_prints_what_readme_says(tmp_path, monkeypatch):
    """README: first line 项目名称、年度和表单类型; second 评分方案（project）及依据; then the category
    scores, 合计 97.24（优）and the findings count."""
    block = the_example("selfeval-xl process", "河北廊坊")
    sh = Shell(tmp_path).run(block, monkeypatch)
    res = sh.only_run()
    assert res.exit_code == 0, res.output
    sample = split_commands(block)[0][1][2]
    assert (sh.cwd / sample).with_name(Path(sample).stem + "-评分.xlsx").is_file()   # beside the input

    said = re.search(r"输出的第一行是项目名称、年度和表单类型，第二行是评分方案（(\w[\w-]*)）及自动选择的依据，"
                     r"然后是各类得分（(.*?)）、合计 ([\d.]+)（(.)）和复核意见条数", prose(readme_text()))
    assert said, "README no longer describes the 廊坊 example's output this way: update this test"
    scheme, cats, total, grade = said.groups()
    lines = res.stdout.splitlines()
    assert "办公宿舍楼、食堂及餐厅暖通改造经费" in lines[0] and "2019" in lines[0] and "项目支出绩效自评表" in lines[0]
    assert lines[1].startswith(f"评分方案：{scheme}（自动选择"), lines[1]
    shown = [re.fullmatch(r"  (\S+)：(\S+) / (\S+)", x).groups() for x in lines[2:2 + len(cats.split("、"))]]
    for (name, score, weight), claim in zip(shown, cats.split("、"), strict=True):
        short, s, w = re.fullmatch(r"(\S+) (\S+) / (\S+)", claim).groups()
        assert name.startswith(short) and (s, w) == (score, weight), (claim, name, score, weight)
    assert lines[2 + len(shown)] == f"  合计：{total}　等级：{grade}"
    assert lines[3 + len(shown)].startswith("复核意见：")


def test_batch_example_does_what_readme_says(tmp_path, monkeypatch):
    block = the_example("selfeval-xl batch")
    sh = Shell(tmp_path).run(block, monkeypatch)
    res = sh.only_run()
    said = re.search(r"输出列出 (\d+) 个文件（已评分 (\d+)，无法使用 (\d+)：“([^”]+)”不是 Excel 工作簿），写出 `([^`]+)`、"
                     r"`([^`]+)` 和 `([^`]+)` 中的 (\d+) 个评分工作簿；因有无法使用的文件，退出码为 (\d)",
                     prose(readme_text()))
    assert said, "README no longer describes the batch example's output this way: update this test"
    n, scored, refused, bad, summary, csv, out_dir, n_out, code = said.groups()
    assert res.exit_code == int(code), res.output
    assert f"共 {n} 个文件：已评分 {scored}，已跳过 0，无法使用 {refused}，内部错误 0" in res.stdout
    assert re.search(rf"无法使用：{re.escape(bad)}：.*不是 Excel 工作簿", res.stdout), res.stdout
    assert Path(sh.path(summary)).is_file() and Path(sh.path(csv)).is_file()
    assert len(list(Path(sh.path(out_dir)).glob("*-评分.xlsx"))) == int(n_out)


def _runnable_inline(span: str) -> bool:
    """An inline invocation that can run against the shipped files (not one on a placeholder)."""
    argv = shlex.split(span)
    if "…" in span or len(argv) < 2 or argv[1] not in SUBCOMMANDS:
        return False
    if argv[1] == "template":
        return True                                       # its argument is the file it writes
    operand = next((a for a in argv[2:] if not a.startswith("-")), None)
    return operand is not None and (ROOT / operand).exists()


def _template_written(argv: list[str], cwd: Path) -> tuple[Path, str]:
    kind = argv[argv.index("--kind") + 1] if "--kind" in argv else "department"
    operands = [a for i, a in enumerate(argv[2:], start=2) if not a.startswith("-") and argv[i - 1] != "--kind"]
    return cwd / (operands[0] if operands else DEFAULT_TEMPLATE_NAME[kind]), kind


INLINE = [s for s in inline_invocations(readme_text()) if _runnable_inline(s)]


# the quick run writes the first template command of each kind
FIRST_OF_EACH_KIND = {next(s for s in INLINE if ("--kind project" in s) == project) for project in (False, True)}


@pytest.mark.parametrize("span", quick_few(INLINE, every=None, keep=FIRST_OF_EACH_KIND))
def test_inline_invocation_runs(span, tmp_path, monkeypatch):
    """Inline `selfeval-xl template …` commands exit 0 and write the template that README says is the
    same as the copy in workbook_templates/ (“或直接复制 workbook_templates/…”, “更新模板副本”)."""
    from test_golden import dump_workbook

    sh = Shell(tmp_path).run(span, monkeypatch)
    res = sh.only_run()
    assert res.exit_code == 0, res.output
    argv = shlex.split(span)
    assert argv[1] == "template", f"no expectation for {span!r} yet: add one"
    written, kind = _template_written(argv, sh.cwd)
    assert written.is_file()
    assert dump_workbook(written) == _shipped_dump(kind), \
        f"{span} writes a template that differs from {TEMPLATES[kind].relative_to(ROOT)}"


@functools.cache
def _shipped_dump(kind: str) -> str:
    """dump_workbook of the copy in workbook_templates/ (the examples write into a temporary copy of
    it, never into the repository), read once per test process."""
    from test_golden import dump_workbook

    return dump_workbook(TEMPLATES[kind])


def test_every_invocation_is_run_or_a_placeholder():
    """Each selfeval-xl invocation in the README is covered above, or names a file that is not shipped."""
    text = readme_text()
    in_blocks = [argv for body in example_blocks() + fresh_commands() for line in body.splitlines()
                 for _, argv in split_commands(line) if argv[0] in CLI_NAMES]
    assert sorted(argv[1] for argv in in_blocks) == ["batch", "process", "process"], \
        f"the README's ```bash examples changed ({in_blocks}): give each new one a test here"
    placeholders = [s for s in inline_invocations(text) if not _runnable_inline(s)]
    for span in placeholders:
        argv = shlex.split(span)
        assert "…" in span or len(argv) >= 3 and not (ROOT / argv[-1]).exists(), span
    assert INLINE, "no runnable inline invocation found"
