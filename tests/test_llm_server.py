from __future__ import annotations

import re
import time
from typing import Any

import openai
import pytest
from langchain_core.messages import HumanMessage, SystemMessage
from langchain_openai import ChatOpenAI

from tests.llm_server import FakeChatServer


def make_llm(server: FakeChatServer, *, api_key: str = "test", timeout: float = 5.0) -> ChatOpenAI:
    return ChatOpenAI(
        base_url=server.base_url,
        api_key=api_key,  # type: ignore[arg-type]
        model="fake",
        timeout=timeout,
        max_retries=0,
    )


def test_scripted_replies_are_consumed_in_order_and_last_repeats() -> None:
    with FakeChatServer(replies=["first", "second"]) as server:
        llm = make_llm(server)
        assert [llm.invoke("q").content for _ in range(3)] == ["first", "second", "second"]


def test_request_body_is_recorded() -> None:
    with FakeChatServer(replies=["ok"]) as server:
        make_llm(server).invoke([SystemMessage("Be terse."), HumanMessage("Hello?")])
    assert len(server.requests) == 1
    body = server.requests[0]
    assert body["model"] == "fake"
    assert body["messages"] == [
        {"role": "system", "content": "Be terse."},
        {"role": "user", "content": "Hello?"},
    ]


def test_callable_reply_sees_the_prompt() -> None:
    def cite_passages(request: dict[str, Any]) -> str:
        prompt = request["messages"][-1]["content"]
        return "Relevant: " + ", ".join(re.findall(r"\[(\d+)\]", prompt))

    with FakeChatServer(replies=cite_passages) as server:
        result = make_llm(server).invoke("[2] cats purr. [5] dogs bark. Which are relevant?")
    assert result.content == "Relevant: 2, 5"


def test_delay_beyond_client_timeout_raises_timeout() -> None:
    start = time.monotonic()
    with FakeChatServer(replies=["late"], delay=3.0) as server:
        with pytest.raises(openai.APITimeoutError):
            make_llm(server, timeout=0.2).invoke("q")
        assert len(server.requests) == 1
    # Leaving the context must not wait for the sleeping handler.
    assert time.monotonic() - start < 2.0


def test_error_status_raises() -> None:
    with FakeChatServer(replies=["unused"], status=500, error_message="boom") as server:
        with pytest.raises(openai.InternalServerError) as excinfo:
            make_llm(server).invoke("q")
        assert excinfo.value.status_code == 500
        assert "boom" in str(excinfo.value)
        # Error mode can be switched off mid-test; the reply was not consumed by the error.
        server.status = 200
        assert make_llm(server).invoke("q").content == "unused"


def test_failing_reply_callable_surfaces_as_500() -> None:
    def broken(request: dict[str, Any]) -> str:
        raise KeyError("missing")

    with (
        FakeChatServer(replies=broken) as server,
        pytest.raises(openai.InternalServerError, match="KeyError"),
    ):
        make_llm(server).invoke("q")


def test_streaming_uses_sse_chunks() -> None:
    with FakeChatServer(replies=["Hello streaming world"]) as server:
        chunks = [chunk.content for chunk in make_llm(server).stream("q")]
    assert "".join(str(c) for c in chunks) == "Hello streaming world"
    assert len([c for c in chunks if c]) == 3
    assert server.requests[0]["stream"] is True


def test_stream_usage_chunk_when_requested() -> None:
    with FakeChatServer(replies=["a b"]) as server:
        client = openai.OpenAI(base_url=server.base_url, api_key="test", max_retries=0)
        stream = client.chat.completions.create(
            model="fake",
            messages=[{"role": "user", "content": "one two three"}],
            stream=True,
            stream_options={"include_usage": True},
        )
        events = list(stream)
    assert events[-1].choices == []
    assert events[-1].usage is not None
    assert events[-1].usage.prompt_tokens == 3
    assert events[-1].usage.completion_tokens == 2


def test_api_key_is_checked() -> None:
    with FakeChatServer(replies=["hi"], api_key="secret") as server:
        with pytest.raises(openai.AuthenticationError):
            make_llm(server, api_key="wrong").invoke("q")
        assert server.requests == []
        assert make_llm(server, api_key="secret").invoke("q").content == "hi"


def test_openai_client_parses_completion_and_models() -> None:
    with FakeChatServer(replies=["fine"], model="fake-model") as server:
        client = openai.OpenAI(base_url=server.base_url, api_key="test", max_retries=0)
        completion = client.chat.completions.create(
            model="fake-model", messages=[{"role": "user", "content": "how are you"}]
        )
        models = [m.id for m in client.models.list()]
    assert completion.object == "chat.completion"
    assert completion.choices[0].message.content == "fine"
    assert completion.choices[0].finish_reason == "stop"
    assert completion.usage is not None
    assert completion.usage.total_tokens == 4
    assert models == ["fake-model"]


def test_empty_reply_list_is_rejected() -> None:
    with pytest.raises(ValueError):
        FakeChatServer(replies=[])
