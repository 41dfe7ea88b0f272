"""Entry point of `python -m geo`."""
from .cli import main

raise SystemExit(main())
