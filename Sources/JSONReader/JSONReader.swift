// The strict JSON reader lands here.
