"""The clinic's tools around the engine: check, eval, report, statistics, live reload,
health and redaction. They call the engine; the engine never calls them (statistics
arrive through the recorder it is given)."""
