import DocumentModel
import Testing
import YAMLReader

/// Documents kept alive until the process exits, as a thread's
/// `DeferredReleases` may keep the last tree it let go.
nonisolated(unsafe) private var documentsAliveAtExit: [Document] = []

/// LeakSanitizer (Scripts/test-sanitizers.sh) must find every object a live
/// tree holds. A scalar's PyYAML reading was an indirect enum, whose box
/// pointer carries the case in its spare bits, which LeakSanitizer cannot
/// follow: a tree alive at exit had the box reported as leaked, by chance of
/// which tree a thread held last (a CI run failed so). This test keeps such
/// scalars alive to the end, so that the sanitizer run checks it every time;
/// with the enum, it reports a 32-byte leak from `FlowColons.Restorer.restore`.
@Suite struct LeakSanitizerReachTests {
    @Test func scalarsWithAPyYAMLReadingAliveAtExitAreReachable() {
        let stream = YAMLReader.parse(Array("Tags: [{Key: k, Value: [a:b]}]\nCidrs: [::1/128]\nX: [&a :x]\n".utf8))
        documentsAliveAtExit = stream.documents
        let readings = stream.documents.first?.root.entries?.compactMap { entry in
            entry.value.elements?.first?.scalar?.pyyamlReading
        }
        #expect(readings?.isEmpty == false)
    }
}
