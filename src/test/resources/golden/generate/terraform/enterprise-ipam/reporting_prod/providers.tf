provider "aws" {
  alias  = "ap_northeast_1"
  region = "ap-northeast-1"

  allowed_account_ids = [var.account_id]

  assume_role {
    role_arn = "arn:aws:iam::${var.account_id}:role/${var.role_name}"
  }
}

provider "aws" {
  alias  = "eu_west_1"
  region = "eu-west-1"

  allowed_account_ids = [var.account_id]

  assume_role {
    role_arn = "arn:aws:iam::${var.account_id}:role/${var.role_name}"
  }
}
