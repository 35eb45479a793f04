"""``python -m konferenz_cli``."""

from konferenz_cli.cli import main

main()
