"""PyInstaller entry point: the `main()` that `python -m app` and the `result-desk` script run."""

from app.main import main

raise SystemExit(main())
