import DocumentModel
import Testing
import YAMLReader

/// The top-level keys of each document as libyaml's events give them, which
/// tell whether YAML the AWS CLI cannot load is a workforce document at all
/// (`DocumentLinter`).
@Suite struct TopLevelKeysTests {
    static func keys(_ text: String) -> [[String]]? {
        YAMLReader.topLevelKeys(SourceBytes(Array(text.utf8)))
    }

    @Test func eachDocumentsKeysAndOnlyItsTopLevelOnes() {
        let text = """
            AWSTemplateFormatVersion: "2010-09-09"
            Resources:
              Bucket: {Type: "AWS::S3::Bucket", Properties: {BucketName: !Sub "${AWS::StackName}"}}
            Outputs: [Name, {Value: !Ref Bucket}]
            ? [complex, key]
            : value
            &a anchored: *a
            ---
            - not: a mapping
            --- just a scalar
            ---
            {WorkforceName: w, CognitoConfig: !!map {UserPool: p}}

            """
        #expect(Self.keys(text) == [
            ["AWSTemplateFormatVersion", "Resources", "Outputs", "anchored"], [], [], ["WorkforceName", "CognitoConfig"],
        ])
    }

    @Test func nilWhenLibyamlDoesNotParseTheWholeTextOrAKeyIsAnAlias() {
        #expect(Self.keys("a: 1\n---\nb: [1, 2\n") == nil)
        #expect(Self.keys("k: &n WorkforceName\n---\n*n : w\n") == nil)
        #expect(Self.keys("k: [*n, {*n : 1}]\n") == [["k"]])
        #expect(Self.keys("") == [])
    }
}
