"""Entry point of `python -m geo`."""
from geo.cli import main

raise SystemExit(main())
