"""`python -m host` is the `agenthost` command."""

import sys

from host.cli import main

sys.exit(main())
