"""Run the command line as ``python -m newskit``."""

from newskit.cli import run

if __name__ == "__main__":
    run()
