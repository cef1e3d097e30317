// Confidant chat widget: <script src="https://chat.example.com/widget.js" defer></script>
// Adds a button that opens the chat in a frame served by the chat server (the page's own origin
// never sees what the customer types). The server allows framing only by configured origins.
(() => {
  "use strict";
  const script = document.currentScript;
  const origin = new URL(script.src).origin;

  const button = document.createElement("button");
  button.type = "button";
  button.textContent = "Chat with us";
  button.setAttribute("aria-expanded", "false");
  button.style.cssText = "position:fixed;right:1rem;bottom:1rem;z-index:2147483000;padding:.75rem 1rem;border:0;border-radius:999px;background:#0b5cad;color:#fff;font:inherit;cursor:pointer";

  const frame = document.createElement("iframe");
  frame.src = origin + "/";
  frame.title = "Chat with us";
  frame.hidden = true;
  frame.setAttribute("referrerpolicy", "no-referrer");
  frame.style.cssText = "position:fixed;right:1rem;bottom:4.5rem;z-index:2147483000;width:min(26rem,calc(100vw - 2rem));height:min(36rem,calc(100vh - 6rem));border:1px solid #c8ccd2;border-radius:.75rem;background:#fff";

  button.addEventListener("click", () => {
    frame.hidden = !frame.hidden;
    button.setAttribute("aria-expanded", String(!frame.hidden));
  });

  document.body.appendChild(frame);
  document.body.appendChild(button);
})();
