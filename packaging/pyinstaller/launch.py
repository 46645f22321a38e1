"""PyInstaller entry point: the `main()` that `python -m app` and the `result-desk` script run."""

import gc

# Off until start-up has finished (app.main re-enables it): the imports and the window make
# tens of thousands of objects that live as long as the program.
gc.disable()

from app.main import main  # noqa: E402

raise SystemExit(main())
