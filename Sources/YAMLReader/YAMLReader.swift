// The libyaml reader lands here (see YAMLReader).
