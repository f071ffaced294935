import DocumentModel

/// Bounds shared by `length`, `count` and `range`: at least one of `min`, `max`.
struct Bounds: Sendable {
    let min: Double?
    let max: Double?
}

extension Bounds {
    init(options: CheckOptions, integers: Bool) throws(SourceError) {
        if integers {
            min = try options.integer("min").map(Double.init)
            max = try options.integer("max").map(Double.init)
        } else {
            min = try options.number("min")
            max = try options.number("max")
        }
        guard min != nil || max != nil else { throw options.needs("the option \"min\" or \"max\"") }
        if let min, let max, min > max, let node = options.node("min") {
            throw options.error("option \"min\" is greater than \"max\"", at: node)
        }
    }

    func contains(_ value: Double) -> Bool { value >= (min ?? -.infinity) && value <= (max ?? .infinity) }
}
