from warta.cli import main

main()
