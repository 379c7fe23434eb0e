//! The import worker: on the worker side, runs the pipeline on each file it is sent; on the page side, a client that starts the worker on first use and awaits its answers.

use crate::import::{run_job, ImportError, ImportJob, ImportReply};
use js_sys::Promise;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent, Worker, WorkerOptions};

/// The worker's loader script, written by Trunk next to `index.html`.
pub const WORKER_URL: &str = "counterparts-worker_loader.js";

/// Worker side: answers every [`ImportJob`] with an [`ImportReply`]. Called by the worker's `main`.
pub fn serve() {
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let reply_to = scope.clone();
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |ev: MessageEvent| {
        let reply = match serde_wasm_bindgen::from_value::<ImportJob>(ev.data()) {
            Ok(job) => run_job(&job),
            Err(e) => ImportReply {
                id: u32::MAX,
                outcome: Err(format!("bad message: {e}")),
            },
        };
        if let Ok(value) = serde_wasm_bindgen::to_value(&reply) {
            let _ = reply_to.post_message(&value);
        }
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    // Messages posted before this handler existed were dropped: tell the page it may send now.
    let _ = scope.post_message(&JsValue::from_str(READY));
}

/// What the worker posts once it listens.
const READY: &str = "ready";

/// Page side: one worker, one job at a time.
pub struct ImportClient {
    worker: Worker,
    next_id: u32,
}

impl ImportClient {
    /// Starts the worker and waits until it listens.
    pub async fn start() -> Result<ImportClient, ImportError> {
        let options = WorkerOptions::new();
        let worker = Worker::new_with_options(WORKER_URL, &options).map_err(|e| ImportError::Worker(describe(&e)))?;
        let first = next_message(&worker).await?;
        if first.as_string().as_deref() != Some(READY) {
            return Err(ImportError::Worker("the worker did not start".into()));
        }
        Ok(ImportClient { worker, next_id: 0 })
    }

    /// Sends one file and awaits the worker's answer.
    pub async fn process(&mut self, name: String, bytes: Vec<u8>) -> Result<ImportReply, ImportError> {
        self.next_id = self.next_id.wrapping_add(1);
        let id = self.next_id;
        let job = serde_wasm_bindgen::to_value(&ImportJob { id, name, bytes })
            .map_err(|e| ImportError::Worker(e.to_string()))?;
        let answer = next_message(&self.worker);
        self.worker
            .post_message(&job)
            .map_err(|e| ImportError::Worker(describe(&e)))?;
        let value = answer.await?;
        let reply: ImportReply =
            serde_wasm_bindgen::from_value(value).map_err(|e| ImportError::Worker(e.to_string()))?;
        if reply.id != id {
            return Err(ImportError::Worker(format!("answer {} for job {id}", reply.id)));
        }
        Ok(reply)
    }
}

/// The worker's next message (or its error).
fn next_message(worker: &Worker) -> impl std::future::Future<Output = Result<JsValue, ImportError>> {
    let answer = Promise::new(&mut |resolve, reject| {
        let on_message = Closure::once_into_js(move |ev: MessageEvent| {
            let _ = resolve.call1(&JsValue::NULL, &ev.data());
        });
        let on_error = Closure::once_into_js(move |ev: JsValue| {
            let _ = reject.call1(&JsValue::NULL, &ev);
        });
        worker.set_onmessage(Some(on_message.unchecked_ref()));
        worker.set_onerror(Some(on_error.unchecked_ref()));
    });
    async move {
        wasm_bindgen_futures::JsFuture::from(answer)
            .await
            .map_err(|e| ImportError::Worker(describe(&e)))
    }
}

impl Drop for ImportClient {
    fn drop(&mut self) {
        self.worker.terminate();
    }
}

/// A short description of a JS error value.
fn describe(e: &JsValue) -> String {
    if let Some(err) = e.dyn_ref::<js_sys::Error>() {
        return String::from(err.message());
    }
    if let Some(ev) = e.dyn_ref::<web_sys::ErrorEvent>() {
        return ev.message();
    }
    e.as_string().unwrap_or_else(|| "unknown error".to_string())
}
