"""12345 hotline supervisor console: argument parsing and wiring, nothing else."""

import sys

from console.cli import main

if __name__ == "__main__":
    sys.exit(main())
