"""Actor names and ids, and one id per entity across documents: spaCy-free, so that reading
cached results, the ledger and exports never loads the model."""
