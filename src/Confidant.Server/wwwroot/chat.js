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
  const stepUp = document.getElementById("stepup");
  const stepUpSummary = document.getElementById("stepup-summary");
  const stepUpFactors = document.getElementById("stepup-factors");
  const stepUpSend = document.getElementById("stepup-send");
  const stepUpCode = document.getElementById("stepup-code");
  const stepUpCancel = document.getElementById("stepup-cancel");
  let stepUpRequest = null;

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
    if (turn.stepUp) {
      openStepUp(turn.stepUp);
    }
  }

  const factorLabels = { totp: "My authenticator app", "email-code": "A code sent to my e-mail", "sms-code": "A code sent by text message" };

  // The secure input for step-up: the code goes to the step-up API, never into the chat.
  function openStepUp(prompt) {
    stepUpRequest = {
      id: prompt.challengeId,
      body: { action: prompt.action.slice(prompt.action.indexOf(".") + 1), amount: prompt.amount, currency: prompt.currency, payee: prompt.payee },
    };
    stepUpSummary.textContent = prompt.amount != null
      ? "Confirm sending " + Number(prompt.amount).toFixed(2) + " " + prompt.currency + " to " + prompt.payee + ". The code never appears in this chat."
      : "Confirm this action with a fresh code. The code never appears in this chat.";
    for (const old of stepUpFactors.querySelectorAll("div")) { old.remove(); }
    prompt.factors.forEach((factor, i) => {
      const row = document.createElement("div");
      const radio = document.createElement("input");
      radio.type = "radio"; radio.name = "factor"; radio.value = factor; radio.id = "stepup-" + factor; radio.checked = i === 0;
      const label = document.createElement("label");
      label.htmlFor = radio.id; label.textContent = factorLabels[factor] || factor;
      row.append(radio, label);
      stepUpFactors.appendChild(row);
    });
    stepUpSend.hidden = !prompt.factors.some((f) => f !== "totp");
    stepUpCode.value = "";
    stepUp.hidden = false;
    stepUpCode.focus();
  }

  function closeStepUp() {
    stepUp.hidden = true;
    stepUpCode.value = "";
    stepUpRequest = null;
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

  stepUpSend.addEventListener("click", async () => {
    if (!stepUpRequest) { return; }
    const sent = await fetch("/api/step-up/" + stepUpRequest.id + "/code", {
      method: "POST", credentials: "same-origin", headers: { "Content-Type": "application/json" }, body: JSON.stringify(stepUpRequest.body),
    });
    status.textContent = sent.ok ? "A code is on its way." : "No code could be sent; use your authenticator app, or cancel.";
  });

  stepUp.addEventListener("submit", async (event) => {
    event.preventDefault();
    if (!stepUpRequest) { return; }
    const factor = (stepUpFactors.querySelector("input:checked") || {}).value;
    const code = stepUpCode.value;
    stepUpCode.value = ""; // never left in the page
    const answer = await api("/api/step-up/" + stepUpRequest.id + "/approve", Object.assign({ factor, code }, stepUpRequest.body));
    if (answer.error || answer.status !== "approved") {
      status.textContent = answer.status === "over" ? "That confirmation has expired. Please ask again." : "That code was not accepted. Try the newest code.";
      if (answer.status === "over") { closeStepUp(); }
      return;
    }
    status.textContent = "";
    closeStepUp();
    show(await api("/api/conversations/" + conversationId + "/resume"));
  });

  stepUpCancel.addEventListener("click", () => { closeStepUp(); send("cancel"); });

  (async () => {
    status.textContent = "Connecting…";
    const started = await api("/api/conversations");
    if (started.error) {
      status.textContent = "The chat is not available right now.";
      return;
    }
    conversationId = started.conversationId;
    status.textContent = "";
    add("bot", "Assistant", started.greeting || "Hello! How can I help you today?");
    connect();
    input.focus();
  })();
})();
