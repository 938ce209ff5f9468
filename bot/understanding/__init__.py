"""Understanding a message: fold and correct its words (`normalise`), spot red flags
(`triage`), and find the entry it asks about (`matcher`)."""
