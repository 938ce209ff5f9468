"""`make bench`: answer quality against baselines, speed and scale, throughput, start-up."""
