"""The command line: parses options, calls the library, turns its errors into clean messages.

No logic lives only here: every command is a thin wrapper over selfeval_xl.api.
"""
from __future__ import annotations

import contextlib
import sys
import traceback
from pathlib import Path

import click

from . import __version__
from .templates import TEMPLATE_KINDS

EXIT_OK, EXIT_FINDINGS, EXIT_UNUSABLE = 0, 1, 2


class _Group(click.Group):
    """click's group, with its own usage errors (in English) said in Chinese like the rest."""

    def main(self, args=None, prog_name=None, complete_var=None, standalone_mode=True, **extra):
        _tolerant_streams()
        try:
            return super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        except click.UsageError as exc:
            path = exc.ctx.command_path if exc.ctx is not None else (prog_name or "selfeval-xl")
            click.echo(f"selfeval-xl：{usage_in_chinese(exc.format_message())}。"
                       f"运行“{path} --help”查看用法。", err=True)
            sys.exit(EXIT_UNUSABLE)
        except click.ClickException as exc:      # e.g. a file click itself could not open
            click.echo(f"selfeval-xl：{exc.format_message()}", err=True)
            sys.exit(exc.exit_code)
        except click.Abort:
            _fail("已中断。", EXIT_FINDINGS)


_USAGE = [
    (r"Missing argument '([^']*)'\.?", "缺少参数 {0}"),
    (r"No such command '([^']*)'\.(?: Did you mean '([^']*)'\?)?", "没有命令“{0}”{suggest}"),
    (r"No such option:? '?([^'\s]*)'?\.?(?: Did you mean ([^?]*)\?)?", "没有选项“{0}”{suggest}"),
    (r"Got unexpected extra arguments? \((.*)\)", "多余的参数：{0}"),
    (r"Option '([^']*)' requires an argument\.?", "选项“{0}”后面需要一个值"),
    (r"Invalid value for (.*?): '([^']*)' is not one of (.*)\.", "{0} 的值“{1}”无效，应为 {2} 之一"),
    (r"Invalid value for (.*?): (.*)", "{0} 的值无效（{1}）"),
]


def usage_in_chinese(message: str) -> str:
    """click's usage messages, which are English, in Chinese (the original kept for anything else)."""
    import re

    for pattern, template in _USAGE:
        m = re.fullmatch(pattern, message.strip())
        if m:
            groups = list(m.groups())
            suggest = f"（是不是要用 {groups[1].strip()}？）" if "{suggest}" in template and groups[1] else ""
            return template.format(*groups, suggest=suggest)
    return f"命令用法有误（{message.strip()}）"


def _tolerant_streams() -> None:
    """A character that the terminal's or the redirected file's encoding lacks (an emoji typed in
    a cell, with output sent to a file on a GBK system) becomes "?" instead of a traceback."""
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.reconfigure(errors="replace")
        except (AttributeError, ValueError, OSError):
            pass


def _fail(message: str, code: int) -> None:
    click.echo(f"selfeval-xl：{message}", err=True)
    sys.exit(code)


def _guarded(debug: bool, fn, *args, json_for=None, one_file=True, **kwargs):
    """Run fn; unusable input → exit 2 with one sentence; anything unexpected → exit 1, no traceback.

    With json_for (the input path of `check --json`), a refusal is also printed on stdout as a JSON
    object {"file", "error": {"code", "message"}}, so that a program reading the output sees why.
    one_file: fn works on one file, with the garbage collector paused (collector.py: the command
    line owns its process); batch pauses it file by file itself."""
    from .collector import paused
    from .reading import InputError

    try:
        with paused() if one_file else contextlib.nullcontext():
            return fn(*args, **kwargs)
    except InputError as exc:
        if debug:
            traceback.print_exc()
        if json_for is not None:
            import json
            click.echo(json.dumps({"file": str(json_for), "error": {"code": exc.code, "message": exc.message}},
                                  ensure_ascii=False, indent=2))
        _fail(exc.message, EXIT_UNUSABLE)
    except KeyboardInterrupt:
        _fail("已中断。", EXIT_FINDINGS)
    except Exception as exc:  # the command-line boundary: no traceback reaches a user
        if debug:
            traceback.print_exc()
        _fail(f"内部错误（{type(exc).__name__}），未生成输出文件。请加 --debug 重新运行并把输出发给维护人员。",
              EXIT_FINDINGS)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="selfeval-xl", message="%(prog)s %(version)s")
def cli():
    """部门整体、项目支出绩效自评：读取填好的工作簿，计算各项比率与得分，输出评分工作簿与复核意见。

    \b
      selfeval-xl template 模板.xlsx      生成空白填报模板（--kind project：项目支出绩效自评表）
      selfeval-xl process  单位自评.xlsx  评分，写出 单位自评-评分.xlsx
      selfeval-xl check    单位自评.xlsx  只列出复核意见，不写文件
      selfeval-xl report   单位自评.xlsx  写出 单位自评-自评报告.docx（Word 自评报告）
      selfeval-xl batch    文件夹         逐个评分文件夹中的工作簿，写出 文件夹-评分汇总.xlsx
    """


# Paths are checked by the library, which says what is wrong in Chinese and naming the file; click's
# own checks (exists, readable, dir_okay) would answer in English with a usage text.
_INPUT = click.Path(path_type=Path, readable=False)
_OUTPUT = click.Path(path_type=Path, writable=False)

_scheme_option = click.option(
    "--scheme", "scheme", default="auto", show_default=True, metavar="auto|NAME|FILE",
    help="评分方案：auto（部门整体表用 department-overall，项目支出表用 project）、内置方案名，"
         "或 .toml 方案文件的路径。")
_debug_option = click.option("--debug", is_flag=True, help="出现内部错误时显示完整的技术信息。")


@cli.command()
@click.argument("path", required=False, type=_OUTPUT)
@click.option("--kind", type=click.Choice(list(TEMPLATE_KINDS)), default="department", show_default=True,
              help="department：部门整体绩效自评（整体绩效目标申报表）；project：项目支出绩效自评表（财预〔2020〕10号版式）。")
@click.option("--force", is_flag=True, help="目标文件已存在时覆盖它。")
@_debug_option
def template(path: Path | None, kind: str, force: bool, debug: bool):
    """生成空白填报模板。

    \b
    --kind department（默认）：整体绩效目标申报表、资金执行情况、填表说明；
                               PATH 默认为当前文件夹下的“绩效自评模板.xlsx”。
    --kind project：项目支出绩效自评表、填表说明；
                    PATH 默认为“项目支出绩效自评模板.xlsx”。
    """
    name = TEMPLATE_KINDS[kind]
    path = Path(name) if path is None else path
    if path.is_dir():
        _fail(f"“{path}”是一个文件夹；请给出模板的文件名，例如“{path / name}”。", EXIT_UNUSABLE)
    if path.exists() and not force:
        _fail(f"文件“{path}”已存在；如需覆盖请加 --force。", EXIT_UNUSABLE)
    if not path.parent.is_dir():
        _fail(f"无法写入“{path}”：文件夹“{path.parent}”不存在或不是文件夹。", EXIT_UNUSABLE)
    out = _guarded(debug, _write_template, path, kind)
    click.echo(f"已生成模板：{out}")


def _write_template(path: Path, kind: str) -> Path:
    import selfeval_xl as api
    from .reading import InputError

    from .reading import os_reason

    try:
        return api.write_template(path, kind)
    except OSError as exc:   # no permission, disk full …
        raise InputError.of("output-not-writable", path=str(path), reason=os_reason(exc, "写入")) from None


@cli.command()
@click.argument("input_path", metavar="INPUT.xlsx", type=_INPUT)
@click.option("-o", "--output", type=_OUTPUT,
              help="输出文件路径（默认：输入文件旁的“<文件名>-评分.xlsx”）。")
@_scheme_option
@_debug_option
def process(input_path: Path, output: Path | None, scheme: str, debug: bool):
    """评分：读取填好的工作簿，写出评分工作簿（得分汇总、指标评分、资金执行情况、复核意见、原表）。

    输入文件不会被修改。有无法使用的文件时退出码为 2。
    """
    import selfeval_xl as api

    from .writing import default_output

    existed = (output or default_output(input_path)).is_file()
    result, out = _guarded(debug, api.process, input_path, output, scheme)
    f = result.findings
    click.echo(_heading(result, input_path))
    for row in result.category_rows:
        click.echo(f"  {row['指标']}：{api.fmt2(row['得分'])} / {api.fmt2(row['权重分值'])}")
    click.echo(f"  合计：{api.fmt2(result.total)}　等级：{result.grade}")
    click.echo(f"复核意见：错误 {f.count('错误')} 条，警告 {f.count('警告')} 条，提示 {f.count('提示')} 条"
               f"（详见“复核意见”工作表，或运行 selfeval-xl check）")
    click.echo(f"已覆盖原有的：{out}" if existed else f"已写出：{out}")


@cli.command()
@click.argument("input_path", metavar="INPUT.xlsx", type=_INPUT)
@click.option("-o", "--output", type=_OUTPUT,
              help="报告文件路径（默认：输入文件旁的“<文件名>-自评报告.docx”）。")
@_scheme_option
@_debug_option
def report(input_path: Path, output: Path | None, scheme: str, debug: bool):
    """自评报告：评分后写出 Word 格式的绩效自评报告（.docx），数字全部取自评分结果。

    工具无法得知的内容（自评工作的组织、结果应用等）以黄色底色的“【待补充：…】”标出，
    并在文末“待补充事项”中列出。输入文件不会被修改。有无法使用的文件时退出码为 2。
    """
    import selfeval_xl as api

    result, out = _guarded(debug, api.report, input_path, output, scheme)
    click.echo(f"合计：{api.fmt2(result.total)}　等级：{result.grade}")
    click.echo(f"已写出：{out}")
    click.echo("报告中黄色底色的“【待补充：…】”需要单位补充，见文末“待补充事项”。")


@cli.command()
@click.argument("input_path", metavar="INPUT.xlsx", type=_INPUT)
@_scheme_option
@click.option("--json", "as_json", is_flag=True, help="以 JSON 输出（供程序读取）。")
@_debug_option
def check(input_path: Path, scheme: str, as_json: bool, debug: bool):
    """只检查：列出复核意见，不写任何文件。

    退出码：0 没有“错误”级意见；1 有“错误”级意见；2 文件无法使用。
    """
    import selfeval_xl as api
    from .review import as_json as to_json, as_table

    result = _guarded(debug, api.evaluate, input_path, scheme, json_for=input_path if as_json else None)
    findings = result.findings.sorted()
    if as_json:
        click.echo(to_json(findings, **api.summary(result, input_path)))
    else:
        click.echo(_heading(result, input_path))
        click.echo(as_table(findings))
        click.echo(f"\n合计 {api.fmt2(result.total)} 分，等级 {result.grade}；"
                   f"错误 {result.findings.count('错误')} 条，警告 {result.findings.count('警告')} 条，"
                   f"提示 {result.findings.count('提示')} 条。")
    sys.exit(EXIT_FINDINGS if result.findings.has_errors else EXIT_OK)


@cli.command()
@click.argument("folder", metavar="DIR", type=_INPUT)
@click.option("-o", "--output", type=_OUTPUT,
              help="汇总表路径（默认：文件夹旁的“<文件夹名>-评分汇总.xlsx”；同名 .csv 一并写出）。")
@click.option("--out-dir", type=_OUTPUT,
              help="评分工作簿的存放文件夹（默认：文件夹旁的“<文件夹名>-评分结果”，子文件夹结构与 DIR 相同）。")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None,
              help="同时处理的进程数（默认：CPU 核数）。")
@_scheme_option
@click.option("--skip-existing", is_flag=True,
              help="评分工作簿比输入文件新时不重写（仍重新评分以填写汇总，状态为“已跳过”）。")
@click.option("--top", type=click.IntRange(min=1), default=10, show_default=True,
              help="红黑榜各列出多少个文件。")
@_debug_option
def batch(folder: Path, output: Path | None, out_dir: Path | None, jobs: int | None, scheme: str,
          skip_existing: bool, top: int, debug: bool):
    """批量评分：文件夹（含子文件夹）中的每个 .xlsx（及 .xlsm）都像 process 一样评分，并写出汇总表。

    \b
    .xls、WPS 的 .et、.xlsb、.ods 等其他表格文件不评分，列入“无法使用”并说明如何另存为 .xlsx。
    单个文件无法使用或出错不会中断批处理，它在汇总表中占一行并写明原因。
    退出码：0 全部评分且没有“错误”级意见；1 有文件无法使用、出错或有“错误”级意见；
    2 文件夹或汇总表路径无法使用。
    """
    import selfeval_xl as api

    res = _guarded(debug, api.batch, folder, output, out_dir, jobs, scheme, skip_existing,
                   _Progress(), top, one_file=False, pause_collector=True)
    c = res.counts
    click.echo(f"共 {len(res.rows)} 个文件：已评分 {c['已评分']}，已跳过 {c['已跳过']}，"
               f"无法使用 {c['无法使用']}，内部错误 {c['内部错误']}（用时 {res.elapsed:.1f} 秒）")
    with_errors = sum(1 for r in res.rows if r.get("errors"))
    if with_errors:
        click.echo(f"有“错误”级复核意见的文件：{with_errors} 个")
    for r in res.rows:
        if r["status"] in ("无法使用", "内部错误"):
            click.echo(f"  {r['status']}：{r['file']}：{r['reason']}")
    click.echo(f"已写出：{res.summary}")
    click.echo(f"已写出：{res.csv}")
    if res.findings_csv:
        click.echo(f"已写出：{res.findings_csv}（复核意见超过 Excel 行数上限）")
    click.echo(f"评分工作簿：{res.out_dir}")
    sys.exit(res.exit_code)


class _Progress:
    """Progress on stderr: a one-line bar on a terminal, otherwise a line every 10%."""

    def __init__(self, stream=None):
        import time
        self.stream = stream
        self.t0 = time.perf_counter()
        self.shown = -1

    def __call__(self, done: int, total: int, name: str) -> None:
        import time
        stream = self.stream or sys.stderr
        elapsed = time.perf_counter() - self.t0
        rate = done / elapsed if elapsed > 0 and done else 0.0
        eta = (total - done) / rate if rate else 0.0
        text = f"{done}/{total}　{rate:.1f} 个/秒　剩余约 {int(eta) // 60}:{int(eta) % 60:02d}"
        try:
            tty = stream.isatty()
        except (AttributeError, ValueError):
            tty = False
        if tty:
            width = 30
            filled = width * done // total if total else width
            end = "\n" if done == total else ""
            stream.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {text}\033[K{end}")
            stream.flush()
        else:
            tenth = 10 * done // total if total else 10
            if done and tenth > self.shown:
                self.shown = tenth
                stream.write(f"进度 {text}\n")
                stream.flush()


def _heading(result, input_path: Path) -> str:
    decl = result.declaration
    scheme = f"评分方案：{result.scheme.name}" + (f"（{result.scheme_reason}）" if result.scheme_reason else "")
    return (f"{decl.unit_name or input_path.name}（{decl.year or '年度未填'}）　{decl.kind_name}\n{scheme}")


def main():  # the console script
    import gc

    try:
        cli(prog_name="selfeval-xl")        # click's standalone mode: ends in sys.exit
    finally:
        # The process ends here.  On its way out Python runs the garbage collector once more over
        # every object still alive (the imported modules, the last result); none of them needs it
        # (outputs are written, closed and renamed by now; temporary files and the pool are closed
        # by their own exit handlers), and frozen they are skipped: some 40-50 ms less for every
        # command (README, 本项目的取舍).
        gc.freeze()


if __name__ == "__main__":
    main()
