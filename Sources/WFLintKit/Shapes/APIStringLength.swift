/// A string's length as the two validators of a request count it.
///
/// botocore's `ParamValidator` checks only a string's `min`, with Python's
/// `len()`: Unicode scalars. The service's validators are Java and check
/// `min` and `max` with `String.length()`: UTF-16 code units, so a character
/// outside the Basic Multilingual Plane (an emoji) counts twice there. A value
/// passes only if it passes both.
struct APIStringLength {
    /// Python's `len()`.
    let scalars: Int
    /// Java's `String.length()`.
    let utf16Units: Int

    init(_ text: String) {
        scalars = text.unicodeScalars.count
        utf16Units = text.utf16.count
    }

    /// Whether both validators accept the length under `shape`'s bounds.
    /// UTF-16 units are never fewer than scalars, so botocore's `min` is the
    /// stricter lower bound and the service's `max` the only upper one.
    func isAllowed(by shape: Shape) -> Bool {
        (shape.min.map { scalars >= $0 } ?? true) && (shape.max.map { utf16Units <= $0 } ?? true)
    }

    /// What a message says it got: the character count, and the UTF-16 count
    /// when that differs.
    var described: String {
        scalars == utf16Units ? "\(scalars)" : "\(scalars) characters (\(utf16Units) UTF-16 code units)"
    }
}
