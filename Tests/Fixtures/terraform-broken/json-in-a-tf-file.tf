{
  "resource": {}
}
