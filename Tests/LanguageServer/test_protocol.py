"""JSON-RPC edges no real client sends, frame by frame: malformed frames and
messages, unknown methods and notifications, cancellation, exit codes."""
import json

from conftest import RawServer


def test_malformed_messages_get_json_rpc_errors_and_the_server_keeps_running(repository):
    server = RawServer(repository)
    server.send_bytes(RawServer.frame("{oops"))
    error = server.receive()
    assert error["id"] is None and error["error"]["code"] == -32700
    assert error["error"]["message"].startswith("the message is not JSON: ")
    server.send_bytes(b"Content-Type: text/plain\r\n\r\n")
    assert server.receive() == {"jsonrpc": "2.0", "id": None, "error": {
        "code": -32700, "message": "a message header without a valid Content-Length"}}
    server.send("[]")
    assert server.receive()["error"] == {"code": -32600, "message": "a message must be a JSON object"}
    server.send('{"id": 7, "method": "initialize"}')
    assert server.receive() == {"jsonrpc": "2.0", "id": 7, "error": {
        "code": -32600, "message": 'a message must have "jsonrpc": "2.0"'}}
    server.send('{"jsonrpc": "2.0", "id": 8, "method": 5}')
    assert server.receive()["error"] == {"code": -32600, "message": '"method" must be a string'}
    # An id past 64 bits, or not a whole number, is no id the server could
    # echo (the reader saturates it): refused, not answered with another id.
    for bad_id in ("18446744073709551616", "-9223372036854775809", "1.5"):
        server.send('{"jsonrpc": "2.0", "id": %s, "method": "shutdown"}' % bad_id)
        assert server.receive() == {"jsonrpc": "2.0", "id": None, "error": {
            "code": -32600, "message": '"id" must be a number or a string'}}, bad_id
    # Still serving: initialize is answered.
    server.send('{"jsonrpc":"2.0","id":9,"method":"initialize","params":{"capabilities":{}}}')
    assert server.receive()["id"] == 9
    assert server.wait() == 1  # standard input closed without shutdown


def test_a_request_before_initialize_is_refused(repository):
    server = RawServer(repository)
    server.send('{"jsonrpc":"2.0","id":1,"method":"shutdown"}')
    assert server.receive() == {"jsonrpc": "2.0", "id": 1, "error": {
        "code": -32002, "message": "shutdown before initialize"}}
    server.wait()


def test_an_unknown_method_is_method_not_found_and_unknown_notifications_are_ignored(repository):
    server = RawServer(repository)
    server.initialize()
    server.send('{"jsonrpc":"2.0","method":"$/setTrace","params":{"value":"off"}}',
                '{"jsonrpc":"2.0","method":"custom/notice","params":{}}',
                '{"jsonrpc":"2.0","id":"a","method":"wflint/nothing","params":{}}')
    # The notifications get no answer: the next response is the request's.
    assert server.receive_response() == {"jsonrpc": "2.0", "id": "a", "error": {
        "code": -32601, "message": "no method wflint/nothing"}}
    server.wait()


def test_a_cancelled_request_is_answered_request_cancelled_and_not_carried_out(repository):
    server = RawServer(repository)
    server.initialize()
    # The request and its cancellation in one write: it has not started.
    server.send('{"jsonrpc":"2.0","id":5,"method":"shutdown"}',
                '{"jsonrpc":"2.0","method":"$/cancelRequest","params":{"id":5}}')
    assert server.receive_response() == {"jsonrpc": "2.0", "id": 5, "error": {
        "code": -32800, "message": "shutdown was cancelled"}}
    # Cancelling what is already answered, or was never asked, changes nothing.
    server.send('{"jsonrpc":"2.0","method":"$/cancelRequest","params":{"id":5}}',
                '{"jsonrpc":"2.0","method":"$/cancelRequest","params":{"id":99}}',
                '{"jsonrpc":"2.0","id":6,"method":"shutdown"}')
    assert server.receive_response() == {"jsonrpc": "2.0", "id": 6, "result": None}
    server.send('{"jsonrpc":"2.0","method":"exit"}')
    assert server.wait() == 0


def test_exit_without_shutdown_is_exit_code_1(repository):
    server = RawServer(repository)
    server.initialize()
    server.send('{"jsonrpc":"2.0","method":"exit"}')
    assert server.wait() == 1


def test_null_params_are_no_params(repository):
    # eglot sends `shutdown` and `exit` with "params": null; refused, the
    # server never exited.
    server = RawServer(repository)
    server.initialize()
    server.send('{"jsonrpc":"2.0","id":1,"method":"shutdown","params":null}')
    assert server.receive_response() == {"jsonrpc": "2.0", "id": 1, "result": None}
    server.send('{"jsonrpc":"2.0","method":"exit","params":null}')
    assert server.wait() == 0


def test_standard_input_closed_after_shutdown_is_exit_code_0(repository):
    server = RawServer(repository)
    server.initialize()
    server.send('{"jsonrpc":"2.0","id":1,"method":"shutdown"}')
    assert server.receive_response() == {"jsonrpc": "2.0", "id": 1, "result": None}
    assert server.wait() == 0


def test_requests_after_shutdown_are_invalid(repository):
    server = RawServer(repository)
    server.initialize()
    server.send('{"jsonrpc":"2.0","id":1,"method":"shutdown"}', '{"jsonrpc":"2.0","id":2,"method":"shutdown"}')
    assert server.receive_response() == {"jsonrpc": "2.0", "id": 1, "result": None}
    assert server.receive_response() == {"jsonrpc": "2.0", "id": 2, "error": {
        "code": -32600, "message": "shutdown after shutdown"}}
    server.send('{"jsonrpc":"2.0","method":"exit"}')
    assert server.wait() == 0


def test_an_oversized_message_is_refused_unread(repository):
    server = RawServer(repository)
    server.send_bytes(b"Content-Length: 999999999999\r\n\r\n")
    error = server.receive()
    assert error["id"] is None and error["error"]["code"] == -32700
    assert error["error"]["message"].startswith("a message of 999999999999 bytes, over the ")
    server.wait()
