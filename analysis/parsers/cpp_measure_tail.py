measure_main()
