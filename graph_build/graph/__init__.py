"""The graph: the model as data (schema.yml), rows built from resolved facts, and the Neo4j loader."""
