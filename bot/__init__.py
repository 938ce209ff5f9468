"""A FAQ chatbot for an acupuncture clinic: answers questions on sciatica and acupuncture."""
