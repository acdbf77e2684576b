from agricrm.cli.main import main

raise SystemExit(main())
