"""The wheel carries its templates and examples: install it into a fresh environment and run the demo."""

from __future__ import annotations

import os
import site
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


@pytest.mark.install
def test_installed_wheel_finds_templates_and_examples(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(dist), str(REPO)],
        check=True,
    )
    wheel = next(dist.glob("konferenz-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    assert "konferenz_cli/_data/templates/de/programme.html" in names
    assert "konferenz_cli/_data/examples/eschwege-2023.toml" in names
    assert "konferenz_cli/fonts/DejaVuSans.ttf" in names

    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=False)
    python = env_dir / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    target = Path(
        subprocess.run(
            [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    )
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(target), str(wheel)], check=True
    )
    # The dependencies come from this environment; konferenz itself only from the fresh wheel.
    dependency_paths = [p for p in [*site.getsitepackages(), sysconfig.get_paths()["purelib"]] if Path(p).is_dir()]
    (target / "zz_dependencies.pth").write_text("\n".join(dependency_paths) + "\n", encoding="utf-8")
    work = tmp_path / "work"
    work.mkdir()

    result = subprocess.run(
        [
            str(python),
            "-c",
            "import sys, konferenz_cli; print(konferenz_cli.__file__); "
            "from konferenz_cli.cli import main; main(['demo', '--out', 'out'])",
        ],
        cwd=work,
        capture_output=True,
        text=True,
        env={**os.environ, "NO_COLOR": "1", "KONFERENZ_LANG": "de"},
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0].startswith(str(target))
    assert (work / "out" / "ik-eschwege-2023-programm.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
