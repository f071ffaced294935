import DocumentModel
import Testing

@Test func pointerEscapesTildeThenSlash() {
    #expect(JSONPointer.root.description == "")
    #expect(JSONPointer(["a/b", "m~n", "0"]).description == "/a~1b/m~0n/0")
}

@Test func sourceLinesSplitEveryTerminator() {
    let lines = SourceLines("a\r\nb\rc\nd")
    #expect(lines.lines == ["a", "b", "c", "d"])
    #expect(SourceLines("x😀y").utf16Column(line: 1, column: 3) == 4)
}
