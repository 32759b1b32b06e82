fn main() {
    plan_web::start();
}
