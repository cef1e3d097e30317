// Confidant web chat. Text from the server is always rendered with textContent, never as HTML.
(() => {
  "use strict";

  const log = document.getElementById("log");
  const status = document.getElementById("status");
  const compose = document.getElementById("compose");
  const input = document.getElementById("message");
  const sendButton = document.getElementById("send");
  const capture = document.getElementById("capture");
  const captureValue = document.getElementById("capture-value");
  const captureLabel = document.getElementById("capture-label");
  const captureCancel = document.getElementById("capture-cancel");

  // Who is signed in (a masked address), with links to the account pages.
  fetch("/api/account/me", { credentials: "same-origin" })
    .then((response) => (response.ok ? response.json() : null))
    .then((me) => {
      if (!me || !me.signedIn) {
        return;
      }
      document.getElementById("account-sign-in").hidden = true;
      const who = document.getElementById("account-who");
      who.textContent = "Signed in as " + me.name;
      who.hidden = false;
      document.getElementById("account-link").hidden = false;
    })
    .catch(() => {});

  let conversationId = null;
  let socket = null;
  let captureKind = null;
  const pending = [];

  function add(kind, who, text) {
    const item = document.createElement("li");
    item.className = "message message--" + kind;
    if (who) {
      const label = document.createElement("span");
      label.className = "message__who";
      label.textContent = who;
      item.appendChild(label);
    }
    const body = document.createElement("span");
    body.className = "message__text";
    body.textContent = text;
    item.appendChild(body);
    log.appendChild(item);
    item.scrollIntoView({ block: "end" });
  }

  function show(turn) {
    if (turn.error) {
      add("blocked", "Not sent", turn.error.detail || "Something went wrong.");
      return;
    }
    if (turn.blocked) {
      add("blocked", "Not sent", turn.blocked.text);
    }
    if (turn.message) {
      add("customer", "You", turn.message.text);
    }
    for (const notice of turn.notices || []) {
      add("notice", "Privacy", notice.text);
    }
    if (turn.reply) {
      add("bot", "Assistant", turn.reply.text);
    }
    if (turn.capture) {
      openCapture(turn.capture);
    }
  }

  function problemText(body, fallback) {
    return body && typeof body.detail === "string" ? body.detail : fallback;
  }

  async function api(path, payload) {
    const response = await fetch(path, {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json" },
      body: payload === undefined ? null : JSON.stringify(payload),
    });
    const body = await response.json().catch(() => null);
    if (!response.ok) {
      return { error: { code: body && body.code, detail: problemText(body, "The message could not be sent (" + response.status + ").") } };
    }
    return body;
  }

  function connect() {
    const scheme = location.protocol === "https:" ? "wss:" : "ws:";
    const ws = new WebSocket(scheme + "//" + location.host + "/api/conversations/" + conversationId + "/live");
    ws.addEventListener("open", () => { socket = ws; status.textContent = ""; });
    ws.addEventListener("message", (event) => {
      let turn;
      try { turn = JSON.parse(event.data); } catch { turn = { error: { detail: "An unreadable answer arrived." } }; }
      const done = pending.shift();
      show(turn);
      if (done) { done.resolve(); }
    });
    ws.addEventListener("close", () => {
      socket = null;
      // Messages sent but not answered before the socket closed go again over HTTPS, not lost.
      const unanswered = pending.splice(0);
      for (const item of unanswered) {
        api("/api/conversations/" + conversationId + "/messages", { text: item.text })
          .then(show, () => show({ error: { detail: "The message could not be sent. Please try again." } }))
          .finally(item.resolve);
      }
    });
  }

  async function send(text) {
    if (socket && socket.readyState === WebSocket.OPEN) {
      await new Promise((resolve) => { pending.push({ text, resolve }); socket.send(JSON.stringify({ text })); });
      return;
    }
    show(await api("/api/conversations/" + conversationId + "/messages", { text }));
  }

  function openCapture(request) {
    captureKind = request.kind;
    captureLabel.textContent = request.prompt;
    captureValue.value = "";
    capture.hidden = false;
    captureValue.focus();
  }

  function closeCapture() {
    capture.hidden = true;
    captureValue.value = "";
    captureKind = null;
    input.focus();
  }

  compose.addEventListener("submit", async (event) => {
    event.preventDefault();
    const text = input.value;
    if (!text.trim() || !conversationId) { return; }
    input.value = "";
    sendButton.disabled = true;
    status.textContent = "Sending…";
    try {
      await send(text);
      status.textContent = "";
    } catch {
      status.textContent = "The message could not be sent. Please try again.";
    } finally {
      sendButton.disabled = false;
      // When the reply opened the secure card input, focus stays there: typing on in the chat box
      // would put the card number in the transcript.
      if (capture.hidden) { input.focus(); }
    }
  });

  input.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && !event.shiftKey) {
      event.preventDefault();
      compose.requestSubmit();
    }
  });

  capture.addEventListener("submit", async (event) => {
    event.preventDefault();
    const value = captureValue.value;
    captureValue.value = ""; // never left in the page
    const turn = await api("/api/conversations/" + conversationId + "/capture", { kind: captureKind, value });
    if (turn.error) {
      status.textContent = turn.error.detail;
      captureValue.focus();
      return;
    }
    show(turn);
    closeCapture();
  });

  captureCancel.addEventListener("click", closeCapture);

  (async () => {
    status.textContent = "Connecting…";
    const started = await api("/api/conversations");
    if (started.error) {
      status.textContent = "The chat is not available right now.";
      return;
    }
    conversationId = started.conversationId;
    status.textContent = "";
    add("bot", "Assistant", "Hello! How can I help you today?");
    connect();
    input.focus();
  })();
})();
